using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer.TestRuns;

/// <summary>The example trigger payload of a flow: the manual trigger's sample, or a typical event of the webhook's provider.</summary>
public static class TriggerExamples
{
    private const string Stripe = """
        {
          "id": "evt_test_1",
          "type": "payment_intent.succeeded",
          "data": {
            "object": {
              "id": "pi_test_1",
              "object": "payment_intent",
              "amount": 125000,
              "amount_received": 125000,
              "currency": "usd",
              "customer": "cus_test_1",
              "description": "Invoice INV-000123",
              "metadata": { "invoice_number": "INV-000123" },
              "receipt_email": "ap@acme.example"
            }
          }
        }
        """;

    private const string Shopify = """
        {
          "id": 820982911946154500,
          "name": "#1001",
          "email": "jon@example.com",
          "currency": "USD",
          "total_price": "199.00",
          "customer": { "first_name": "Jon", "last_name": "Snow", "email": "jon@example.com" },
          "line_items": [ { "title": "Consulting hour", "quantity": 2, "price": "99.50" } ]
        }
        """;

    private const string HubSpot = """
        [ { "eventId": 100, "subscriptionType": "deal.propertyChange", "objectId": 1234, "propertyName": "dealstage", "propertyValue": "closedwon" } ]
        """;

    /// <summary>JSON text for the trigger of <paramref name="flow"/>; <c>{}</c> when there is nothing better.</summary>
    public static string For(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var trigger = flow.Nodes.FirstOrDefault(n => n.Type.StartsWith("trigger.", StringComparison.Ordinal));
        if (trigger is null)
        {
            return "{}";
        }

        if (NodeConfig.GetString(trigger.Config, "samplePayload") is { Length: > 0 } sample)
        {
            return sample;
        }

        return trigger.Type == NodeTypeKeys.WebhookTrigger
            ? NodeConfig.GetString(trigger.Config, "provider") switch
            {
                "stripe" => Stripe,
                "shopify" => Shopify,
                "hubspot" => HubSpot,
                _ => "{}",
            }
            : "{}";
    }
}
