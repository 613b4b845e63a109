using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Tests.TestSupport;

namespace FlowStudio.Core.Tests.Expressions;

public abstract class ExpressionTestBase
{
    protected static readonly DateTimeOffset Now = new(2025, 3, 14, 22, 30, 0, TimeSpan.Zero);

    protected ExpressionTestBase()
    {
        Engine = new ExpressionEngine(new ManualTimeProvider(Now));
        Scope = new ExpressionScope
        {
            Trigger = NodeConfig.Parse("""
                {
                  "body": {
                    "id": "evt_1",
                    "data": { "object": { "amount": 1999, "currency": "usd", "created": 1704067200, "customer": null } },
                    "lines": [
                      { "sku": "A-1", "qty": 2, "price": 0.1 },
                      { "sku": "B-2", "qty": 1, "price": 0.2 },
                      { "sku": "C-3", "qty": 5, "price": 19.99 }
                    ],
                    "due_date": "2025-02-01",
                    "paid": true,
                    "name": "  Acme Ltd  "
                  }
                }
                """),
            Steps = new Dictionary<string, JsonElement>
            {
                ["find_invoice"] = NodeConfig.Parse("""{ "invoice_id": "INV-0042", "total": 100.10, "tags": ["vip", "eu"] }"""),
            },
            Vars = new Dictionary<string, JsonElement> { ["rate"] = NodeConfig.Parse("0.2") },
            Item = NodeConfig.Parse("""{ "sku": "A-1", "qty": 3 }"""),
            Lookups = new LookupTableSet(
            [
                LookupTable.FromPairs("payment_modes", [new("card", "Credit Card"), new("ach_debit", "Bank Transfer")], new LookupTableOptions(IgnoreCase: true)),
                LookupTable.Create(
                    "taxes",
                    new LookupTableOptions("title", DefaultValue: "none"),
                    ["tax_id", "rate"],
                    [new LookupRow("VAT 20%", new Dictionary<string, string> { ["tax_id"] = "T-20", ["rate"] = "0.20" })]),
            ]),
        };
    }

    protected ExpressionEngine Engine { get; }

    protected ExpressionScope Scope { get; }

    protected object? Eval(string expression) => Engine.Evaluate(expression, Scope);

    protected string EvalText(string expression) => ExpressionValues.ToText(Eval(expression));

    protected ExpressionException Fails(string expression) =>
        Should.Throw<ExpressionException>(() => Engine.Evaluate(expression, Scope, new ExpressionSite("node_1", "field_a")));
}
