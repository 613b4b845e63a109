using Blazor.Diagrams;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

internal static class DesignerTestFlows
{
    //  [start: manual] ──► [check: condition] ─true──► [pay: connector action]
    //                                          └false─► [split: switch (big, small cases)] ─big─► [end: stop]
    public const string Payment = """
        {
          "schemaVersion": 1,
          "metadata": { "name": "Stripe payment to Zoho", "tags": ["payments"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "label": "Start", "position": { "x": 10, "y": 20 } },
            { "id": "check", "type": "logic.condition", "label": "Paid?", "position": { "x": 300.5, "y": 40 },
              "config": { "condition": "[trigger.amount] > 0" } },
            { "id": "pay", "type": "action.connector", "label": "Record payment", "position": { "x": 620, "y": 0 },
              "config": { "connection": "zoho", "operation": "zoho-books.payments.create", "inputs": { "amount": "[trigger.amount]" } } },
            { "id": "split", "type": "logic.switch", "position": { "x": 620, "y": 240 },
              "config": { "cases": [ { "name": "big", "label": "Big", "when": "[trigger.amount] > 1000" }, { "name": "small", "label": "Small", "when": "true" } ] } },
            { "id": "end", "type": "flow.stop", "position": { "x": 940, "y": 240 } }
          ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "check", "toPort": "in" },
            { "fromNode": "check", "fromPort": "true", "toNode": "pay", "toPort": "in" },
            { "fromNode": "check", "fromPort": "false", "toNode": "split", "toPort": "in" },
            { "fromNode": "split", "fromPort": "big", "toNode": "end", "toPort": "in" }
          ]
        }
        """;

    public static FlowDefinition Load(string json = Payment) => FlowSerializer.Deserialize(json);

    public static PaletteCatalog Palette() => new(NodeCatalog.CreateBuiltIn(), []);

    public static BlazorDiagram Diagram() => new(new Blazor.Diagrams.Options.BlazorDiagramOptions());
}
