using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>Loads the lookup table cache at start, then checks every <see cref="Interval"/> for changes made by other nodes.</summary>
public sealed class LookupTableRefresher(DbLookupTableProvider provider, TimeProvider clock, ILogger<LookupTableRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await provider.RefreshIfChangedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not refresh lookup tables; runs keep the previous snapshot");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
