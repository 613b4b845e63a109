using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Salesforce;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Salesforce;

namespace FlowStudio.Connectors.Tests.Salesforce;

/// <summary>The Salesforce sandbox (query batches of 2, so paging shows with the seed data) and the connector wired to it.</summary>
public sealed class SalesforceSandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public SalesforceConnectorModule Module => Host.Module<SalesforceConnectorModule>();

    public static ResolvedConnection Connection(string refreshToken = SalesforceSandboxDemo.RefreshToken) => SandboxHost.SandboxConnection(
        SalesforceConnectionSettings.Connector,
        new Dictionary<string, string> { [SalesforceConnectionSettings.ClientId] = SalesforceSandboxDemo.ClientId },
        new Dictionary<string, string>
        {
            [SalesforceConnectionSettings.ClientSecret] = SalesforceSandboxDemo.ClientSecret,
            [SalesforceConnectionSettings.RefreshToken] = refreshToken,
        });

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(
        (services, data) => services.AddSalesforceSandbox(o =>
        {
            o.DatabasePath = Path.Combine(data, "salesforce.db");
            o.QueryBatchSize = 2;
        }),
        (routes, policy) => routes.MapSalesforceSandbox(policy),
        services => services.AddSalesforceConnector(o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(5)));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
