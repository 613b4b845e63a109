using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>Creates and seeds the database on first start; an existing file is kept, so state survives restarts.</summary>
public sealed class RampSandboxInitializer(RampSandboxState state) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => state.EnsureSeededAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
