using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.Gmail.Data;

/// <summary>Creates and seeds the mailbox on first start; an existing file is kept.</summary>
public sealed class GmailSandboxInitializer(GmailMailbox mailbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => mailbox.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
