using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Triggers.Storage;

/// <summary>Small updates to a trigger's row: last fire, runs started, last error, poll watermark, pause.</summary>
internal sealed class TriggerStateStore(IDbContextFactory<FlowStudioDbContext> contexts, TimeProvider clock)
{
    public async Task<TriggerEntity?> GetAsync(Guid flowId, string nodeId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Set<TriggerEntity>().AsNoTracking().FirstOrDefaultAsync(t => t.FlowId == flowId && t.NodeId == nodeId, cancellationToken).ConfigureAwait(false);
    }

    public async Task FiredAsync(Guid flowId, string nodeId, DateTimeOffset at, int runs, string? error, string? watermark = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = db.Set<TriggerEntity>().Where(t => t.FlowId == flowId && t.NodeId == nodeId);
        if (watermark is null)
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(t => t.LastFiredAt, at).SetProperty(t => t.LastRunCount, runs)
                .SetProperty(t => t.LastError, error).SetProperty(t => t.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(t => t.LastFiredAt, at).SetProperty(t => t.LastRunCount, runs)
                .SetProperty(t => t.LastError, error).SetProperty(t => t.Watermark, watermark).SetProperty(t => t.UpdatedAt, now), cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> SetPausedAsync(Guid flowId, string nodeId, bool paused, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Set<TriggerEntity>().Where(t => t.FlowId == flowId && t.NodeId == nodeId && t.Kind != TriggerKind.Webhook)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Paused, paused).SetProperty(t => t.UpdatedAt, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> SetWatermarkAsync(Guid flowId, string nodeId, string watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Set<TriggerEntity>().Where(t => t.FlowId == flowId && t.NodeId == nodeId && t.Kind == TriggerKind.Poll)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Watermark, watermark).SetProperty(t => t.UpdatedAt, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false) == 1;
    }
}
