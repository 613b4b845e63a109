using System.Collections.Immutable;
using FlowStudio.Connectors.HubSpot;
using FlowStudio.Connectors.Ramp;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Tests.Stripe;

/// <summary>The Stripe, Shopify, HubSpot and Ramp declarations: the issue's scope, consistent kinds, and registrable side by side.</summary>
public sealed class PaymentsCommerceCrmCatalogTests
{
    public static TheoryData<string> Connectors() => ["stripe", "shopify", "hubspot", "ramp"];

    private static ImmutableArray<ConnectorOperationDescriptor> Of(string connector) => connector switch
    {
        "stripe" => StripeOperations.All,
        "shopify" => ShopifyOperations.All,
        "hubspot" => HubSpotOperations.All,
        _ => RampOperations.All,
    };

    [Fact]
    public void Operations_CoverTheIssueScope()
    {
        StripeOperations.All.Select(o => o.Operation).ShouldBe(
            ["customers.create", "customers.get", "customers.list", "payment_intents.create", "payment_intents.get", "payment_intents.list",
             "charges.get", "charges.list", "events.get", "events.list"], ignoreOrder: true);
        ShopifyOperations.All.Select(o => o.Operation).ShouldBe(["orders.list", "orders.get", "orders.update_note", "customers.list", "customers.get"], ignoreOrder: true);
        HubSpotOperations.All.Select(o => o.Operation).ShouldBe(
            ["deals.search", "deals.get", "line_items.batch_read", "deals.update", "notes.create_for_contact"], ignoreOrder: true);
        RampOperations.All.Select(o => o.Operation).ShouldBe(["transactions.list", "transactions.get", "reimbursements.list", "reimbursements.get"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Connectors))]
    public void Declarations_AreConsistent(string connector)
    {
        foreach (var operation in Of(connector))
        {
            operation.Connector.ShouldBe(connector);
            (operation.Idempotency == IdempotencyStrategy.ReadOnly).ShouldBe(operation.Kind == ConnectorOperationKind.DataSource, operation.Key);
            operation.Output.ShouldNotBeNull().Fields.ShouldNotBeEmpty(operation.Key);
            operation.Inputs.Select(i => i.Key).ShouldBeUnique(operation.Key);
            operation.Output!.IsList.ShouldBe(operation.Operation.EndsWith(".list", StringComparison.Ordinal) || operation.Operation == "deals.search", operation.Key);
            if (operation.Output.IsList)
            {
                operation.Inputs.ShouldContain(i => i.Key == "max_items", operation.Key);
                operation.Output.ListProperty.ShouldBe("items", operation.Key);
                operation.Output.ListFields.Select(f => f.Name).ShouldBe(["count", "truncated"], operation.Key);
            }
        }
    }

    [Fact]
    public void StripeCreates_ReplayThroughTheProvidersIdempotencyKey()
    {
        StripeOperations.All.Where(o => o.HasSideEffects).ShouldAllBe(o => o.Idempotency == IdempotencyStrategy.ProviderIdempotencyKey);
    }

    [Fact]
    public void AllFour_RegisterIntoOneCatalogWithoutClashes()
    {
        var catalog = new NodeCatalog();

        foreach (var operation in StripeOperations.All.Concat(ShopifyOperations.All).Concat(HubSpotOperations.All).Concat(RampOperations.All))
        {
            catalog.AddOperation(operation);
        }

        catalog.HasConnector("stripe").ShouldBeTrue();
        catalog.HasConnector("ramp").ShouldBeTrue();
        catalog.FindOperation("hubspot.deals.search")!.Kind.ShouldBe(ConnectorOperationKind.DataSource);
    }
}
