using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Sandboxes;

/// <summary>The app as configured: the payments/commerce/CRM modules in the catalog, their sandboxes mounted with one-click templates.</summary>
public sealed class ConnectorRegistrationTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    [Fact]
    public void App_RegistersTheStripeModuleAndItsOperationsInTheCatalog()
    {
        var modules = app.Services.GetServices<IConnectorModule>().Select(m => m.Connector).ToList();
        modules.ShouldContain(StripeOperations.Connector);
        var catalog = app.Services.GetRequiredService<INodeCatalog>();
        catalog.FindOperation("stripe.payment_intents.create")!.Idempotency.ShouldBe(IdempotencyStrategy.ProviderIdempotencyKey);
        catalog.FindOperation("stripe.events.list")!.Kind.ShouldBe(ConnectorOperationKind.DataSource);
    }

    [Fact]
    public void App_OffersAOneClickStripeSandboxConnection_WithItsWebhookSigningSecret()
    {
        var template = app.Services.GetServices<SandboxConnectionTemplate>().Single(t => t.Connector == StripeOperations.Connector);

        template.Secrets[StripeConnectionSettings.SecretKey].ShouldBe(StripeSandboxDemo.SecretKey);
        template.Secrets[StripeConnectionSettings.WebhookSigningSecret].ShouldBe(StripeSandboxDemo.WebhookSigningSecret);
        app.Services.GetServices<ISandboxConsole>().Select(c => c.System).ShouldContain("stripe");
    }
}
