using FlowStudio.Connectors.HubSpot;
using FlowStudio.Connectors.Ramp;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Sandboxes;

/// <summary>The app as configured: the payments/commerce/CRM modules in the catalog, their sandboxes mounted with one-click templates.</summary>
public sealed class ConnectorRegistrationTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    [Theory]
    [InlineData(StripeOperations.Connector, "Payments", "stripe.payment_intents.create", IdempotencyStrategy.ProviderIdempotencyKey)]
    [InlineData(ShopifyOperations.Connector, "Commerce", "shopify.orders.update_note", IdempotencyStrategy.Naturally)]
    [InlineData(HubSpotOperations.Connector, "CRM", "hubspot.notes.create_for_contact", IdempotencyStrategy.None)]
    [InlineData(RampOperations.Connector, "Payments", "ramp.transactions.list", IdempotencyStrategy.ReadOnly)]
    public void App_RegistersTheModuleAndItsOperationsInTheCatalog(string connector, string category, string operation, IdempotencyStrategy idempotency)
    {
        var module = app.Services.GetServices<IConnectorModule>().Single(m => m.Connector == connector);
        module.Category.ShouldBe(category);
        module.ConnectionFields.Single(f => f.Key == "webhookSigningSecret").IsSecret.ShouldBeTrue();

        app.Services.GetRequiredService<INodeCatalog>().FindOperation(operation)!.Idempotency.ShouldBe(idempotency);
    }

    [Theory]
    [InlineData(StripeOperations.Connector, "stripe")]
    [InlineData(ShopifyOperations.Connector, "shopify")]
    [InlineData(HubSpotOperations.Connector, "hubspot")]
    [InlineData(RampOperations.Connector, "ramp")]
    public void App_OffersAOneClickSandboxConnectionWithItsWebhookSigningSecret_AndMountsTheSandbox(string connector, string system)
    {
        var template = app.Services.GetServices<SandboxConnectionTemplate>().Single(t => t.Connector == connector);

        template.Secrets["webhookSigningSecret"].ShouldNotBeNullOrWhiteSpace();
        app.Services.GetServices<ISandboxConsole>().Select(c => c.System).ShouldContain(system);
    }

    [Fact]
    public void App_EveryRateLimitSettingOfEveryConnector_IsAWholeNumberWithARange()
    {
        var limits = app.Services.GetServices<IConnectorModule>()
            .SelectMany(m => m.ConnectionFields.Select(f => (m.Connector, Field: f)))
            .Where(x => x.Field.Key.Contains("Per", StringComparison.Ordinal))
            .ToList();

        limits.Select(x => x.Connector).Distinct().ShouldBe([ZohoBooksOperations.Connector, StripeOperations.Connector, HubSpotOperations.Connector], ignoreOrder: true);
        foreach (var (connector, field) in limits)
        {
            field.Type.ShouldBe(ConnectionFieldType.WholeNumber, $"{connector}.{field.Key}");
            field.Minimum.ShouldBe(1, $"{connector}.{field.Key}");
            field.Maximum.ShouldBeLessThan(int.MaxValue, $"{connector}.{field.Key}");
            field.TypeProblem("0").ShouldNotBeNull($"{connector}.{field.Key} refuses 0");
            field.TypeProblem("abc").ShouldNotBeNull($"{connector}.{field.Key} refuses words");
        }
    }
}
