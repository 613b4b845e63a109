using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Benchmarks;

/// <summary>
/// The benchmark flow, in memory and durable alike:
/// <code>
/// trigger ──► map ──► check ─true──► create_invoice ──► end
///                           └false─► create_credit ───┘
/// </code>
/// </summary>
public static class SixNodeFlow
{
    public const string Trigger = """{"data":{"object":{"id":"ch_1","customer":"cus_9","amount":125050,"currency":"usd"}}}""";

    public static FlowDefinition Build()
    {
        static FlowNode Node(string id, string type, string config = "{}") => new() { Id = id, Type = type, Config = NodeConfig.Parse(config) };
        return new FlowDefinition
        {
            Metadata = new FlowMetadata { Name = "Stripe charge to Zoho invoice" },
            Nodes =
            [
                Node("trigger", NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-webhook" }"""),
                Node("map", NodeTypeKeys.Map, """{ "mappings": { "customer_id": "[trigger.data.object.customer]", "total": "[trigger.data.object.amount] / 100", "reference": "[trigger.data.object.id]" } }"""),
                Node("check", NodeTypeKeys.Condition, """{ "condition": "[steps.map.output.total] > 0" }"""),
                Node("create_invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_invoice", "inputs": { "customer_id": "[steps.map.output.customer_id]", "total": "[steps.map.output.total]" } }"""),
                Node("create_credit", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.create_credit_note", "inputs": { "customer_id": "[steps.map.output.customer_id]" } }"""),
                Node("end", NodeTypeKeys.Stop),
            ],
            Connections =
            [
                new("trigger", PortNames.Out, "map", PortNames.In),
                new("map", PortNames.Out, "check", PortNames.In),
                new("check", PortNames.True, "create_invoice", PortNames.In),
                new("check", PortNames.False, "create_credit", PortNames.In),
                new("create_invoice", PortNames.Out, "end", PortNames.In),
                new("create_credit", PortNames.Out, "end", PortNames.In),
            ],
        };
    }
}
