using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Expressions;

namespace FlowStudio.Core.Tests.Expressions;

public class ExpressionReferenceTests : ExpressionTestBase
{
    [Fact]
    public void Evaluate_NestedTriggerPath_ReturnsDecimal()
    {
        Eval("[trigger.body.data.object.amount]").ShouldBeOfType<decimal>().ShouldBe(1999m);
    }

    [Fact]
    public void Evaluate_StepOutput_ReturnsValue()
    {
        Eval("[steps.find_invoice.output.invoice_id]").ShouldBe("INV-0042");
        Eval("[steps.find_invoice.output.total]").ShouldBe(100.10m);
    }

    [Fact]
    public void Evaluate_DecimalFromJson_KeepsScale()
    {
        EvalText("[steps.find_invoice.output.total]").ShouldBe("100.10");
    }

    [Theory]
    [InlineData("[trigger.body.lines.1.sku]", "B-2")]
    [InlineData("[trigger.body.lines.9.sku]", "")]
    [InlineData("[vars.rate] * 100", "20.0")]
    [InlineData("[item.sku] + '/' + [item.qty]", "A-1/3")]
    [InlineData("[steps.find_invoice.output.tags.0]", "vip")]
    [InlineData("{trigger.body.id}", "evt_1")]
    [InlineData("[Trigger.body.id]", "evt_1")]
    [InlineData("[trigger.body.missing]", "")]
    public void Evaluate_Paths_ResolveIndexesRootsAndMissing(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_Wildcard_CollectsEachItem()
    {
        Eval("[trigger.body.lines.*.sku]").ShouldBeAssignableTo<IReadOnlyList<object?>>().ShouldBe(["A-1", "B-2", "C-3"]);
    }

    [Fact]
    public void Evaluate_WholeObject_ConvertsToJson()
    {
        var value = Eval("[trigger.body.data.object]");

        var json = ExpressionValues.ToJsonNode(value).ShouldBeOfType<JsonObject>();
        json["amount"]!.GetValue<decimal>().ShouldBe(1999m);
    }

    [Fact]
    public void ToJsonNode_Decimal_StaysDecimal()
    {
        ExpressionValues.ToJsonNode(Eval("0.1 + 0.2"))!.ToJsonString().ShouldBe("0.3");
        ExpressionValues.ToJsonNode(Eval("DATE(2025, 1, 2)"))!.GetValue<string>().ShouldBe("2025-01-02");
    }

    [Theory]
    [InlineData("[steps.not_run.output.x]", "Step 'not_run' has not run")]
    [InlineData("[vars.unset]", "Variable 'unset' has not been set")]
    [InlineData("[trigger.body.id.length]", "cannot read 'length' of text 'evt_1'")]
    [InlineData("[trigger.body.lines.sku]", "use an index")]
    public void Evaluate_BadPath_ExplainsWhy(string expression, string cause)
    {
        var error = Fails(expression);

        error.Cause.ShouldContain(cause);
        error.Position.ShouldBe(0);
    }

    [Fact]
    public void Evaluate_ItemOutsideLoop_Fails()
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Evaluate("[item.sku]", Scope with { Item = null }));

        error.Cause.ShouldContain("for-each");
    }

    [Fact]
    public void Parse_References_ListedWithPositions()
    {
        var parsed = Engine.Parse("[trigger.body.a] + [steps.find_invoice.output.total] * [vars.rate]");

        parsed.References.Select(r => (r.Root, r.Position)).ShouldBe([(ReferenceRoot.Trigger, 0), (ReferenceRoot.Steps, 19), (ReferenceRoot.Vars, 55)]);
        parsed.References[1].StepId.ShouldBe("find_invoice");
        parsed.References[2].VariableName.ShouldBe("rate");
    }

    [Theory]
    [InlineData("[customer.name]", "Unknown reference 'customer.name'")]
    [InlineData("[steps.find_invoice.total]", "steps.<node id>.output")]
    [InlineData("[trigger..x]", "empty part")]
    [InlineData("1 + amount", "Unknown reference 'amount'. Put text in quotes ('amount'), or refer to data with a path in square brackets such as [trigger.amount].")]
    [InlineData("1 + addda", "Unknown reference 'addda'. Did you mean the function ADDDAYS(…)?")]
    public void Parse_BadReference_FailsAtPosition(string expression, string cause)
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Parse(expression));

        error.Cause.ShouldContain(cause);
        error.Position.ShouldBe(expression.IndexOfAny(['[', 'a']));
    }

    [Fact]
    public void Evaluate_HugeJsonNumber_RefusesRatherThanRounding()
    {
        var scope = Scope with { Trigger = JsonDocument.Parse("""{ "n": 1e400 }""").RootElement.Clone() };

        Should.Throw<ExpressionException>(() => Engine.Evaluate("[trigger.n]", scope)).Cause.ShouldContain("outside the decimal range");
    }
}
