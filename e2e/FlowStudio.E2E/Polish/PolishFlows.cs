using FlowStudio.E2E.Support;

namespace FlowStudio.E2E.Polish;

/// <summary>A realistic eight-step flow for the screenshot walk, imported once (by the designer account) and published.</summary>
public static class PolishFlows
{
    public const string Name = "Stripe payment to Zoho invoice (walk)";

    //  [stripe webhook] ─► [map amount] ─► [condition ≥ 1000] ─true─► [approval] ─approved─► [find contact] ─► [record payment] ─► [stop]
    //                                                        └false──────────────────────────────────────────► [record payment]
    //                                              approval ─rejected─► [fail]
    private const string Flow = """
        { "schemaVersion": 1, "metadata": { "name": "Stripe payment to Zoho invoice (walk)", "description": "Records card payments against their invoices.", "tags": ["receivables"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "label": "Payment received", "position": { "x": 0, "y": 120 } },
            { "id": "amount", "type": "logic.map", "label": "Amount in EUR", "position": { "x": 300, "y": 120 },
              "config": { "mappings": { "amount": "ROUND([trigger.amount] / 100, 2)", "email": "[trigger.email]" } } },
            { "id": "large", "type": "logic.condition", "label": "1 000 EUR or more?", "position": { "x": 600, "y": 120 },
              "config": { "condition": "[steps.amount.output.amount] >= 1000" } },
            { "id": "approve", "type": "human.approval", "label": "Controller approves", "position": { "x": 900, "y": 0 },
              "config": { "approverRole": "Reviewer", "message": "Record {{[steps.amount.output.amount]}} EUR?" } },
            { "id": "contact", "type": "logic.map", "label": "Customer", "position": { "x": 1200, "y": 0 },
              "config": { "mappings": { "email": "LOWER([trigger.email])" } } },
            { "id": "record", "type": "logic.map", "label": "Payment record", "position": { "x": 1500, "y": 120 },
              "config": { "mappings": { "amount": "[steps.amount.output.amount]" } } },
            { "id": "rejected", "type": "flow.fail", "label": "Rejected", "position": { "x": 1200, "y": 260 }, "config": { "message": "The controller rejected it." } },
            { "id": "done", "type": "flow.stop", "label": "Done", "position": { "x": 1800, "y": 120 } } ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "amount", "toPort": "in" },
            { "fromNode": "amount", "fromPort": "out", "toNode": "large", "toPort": "in" },
            { "fromNode": "large", "fromPort": "true", "toNode": "approve", "toPort": "in" },
            { "fromNode": "large", "fromPort": "false", "toNode": "record", "toPort": "in" },
            { "fromNode": "approve", "fromPort": "approved", "toNode": "contact", "toPort": "in" },
            { "fromNode": "approve", "fromPort": "rejected", "toNode": "rejected", "toPort": "in" },
            { "fromNode": "contact", "fromPort": "out", "toNode": "record", "toPort": "in" },
            { "fromNode": "record", "fromPort": "out", "toNode": "done", "toPort": "in" } ] }
        """;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? flowId;

    public static async Task<string> EnsureEightStepFlowAsync(BrowserFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            if (flowId is not null)
            {
                return flowId;
            }

            var designer = await fixture.SignedInPageAsync("designer@flowstudio.local", "Designer-Demo-2026");
            var response = await designer.Context.APIRequest.PostAsync("/api/v1/flows", new()
            {
                DataString = Flow,
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            });
            Assert.True(response.Ok, await response.TextAsync());
            var flow = (await response.JsonAsync())!.Value.GetProperty("flow");
            var id = flow.GetProperty("id").GetString()!;
            var publish = await designer.Context.APIRequest.PostAsync($"/api/v1/flows/{id}/publish", new()
            {
                Headers = new Dictionary<string, string> { ["If-Match"] = $"\"{flow.GetProperty("revision").GetInt32()}\"" },
            });
            Assert.True(publish.Ok, await publish.TextAsync());
            var run = await designer.Context.APIRequest.PostAsync($"/api/v1/flows/{id}/runs", new()
            {
                DataString = """{ "amount": 125000, "email": "AP@Contoso.example" }""",
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
            });
            Assert.True(run.Ok, await run.TextAsync());
            await designer.Context.CloseAsync();
            return flowId = id;
        }
        finally
        {
            Gate.Release();
        }
    }
}
