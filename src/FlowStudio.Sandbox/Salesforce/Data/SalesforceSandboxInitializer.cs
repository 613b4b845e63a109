using Microsoft.Extensions.Hosting;

namespace FlowStudio.Sandbox.Salesforce.Data;

/// <summary>Creates and seeds the org on first start; an existing file is kept.</summary>
public sealed class SalesforceSandboxInitializer(SalesforceStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
