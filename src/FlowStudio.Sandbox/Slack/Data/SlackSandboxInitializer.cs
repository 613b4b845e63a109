using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.Slack.Data;

/// <summary>Creates and seeds the database on first start; an existing file is kept.</summary>
public sealed class SlackSandboxInitializer(SlackSandboxStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
