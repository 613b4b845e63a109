using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>Creates and seeds the database on first start; an existing file is kept, so state survives restarts.</summary>
public sealed class CoupaSandboxInitializer(CoupaSandboxState state) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => state.EnsureSeededAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
