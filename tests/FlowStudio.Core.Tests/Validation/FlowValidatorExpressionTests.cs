using FlowStudio.Core.Catalog;
using FlowStudio.Core.Tests.TestSupport;
using FlowStudio.Core.Validation;

namespace FlowStudio.Core.Tests.Validation;

public partial class FlowValidatorTests
{
    // start ──► check(condition "[trigger.amount] > > 5") ─true─► end
    [Fact]
    public void Validate_ExpressionSyntaxError_GivesFieldAndPosition()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("check", Condition, """{ "condition": "[trigger.amount] > > 5" }""").Node("end", Stop)
            .Connect("start", "check").Connect("check", "end", "true"));

        var issue = Single(issues, ValidationCode.ExpressionSyntax);
        issue.NodeId.ShouldBe("check");
        issue.FieldKey.ShouldBe("condition");
        issue.Position.ShouldBe(19);
    }

    // start ──► check(condition "NOPE(1) > 0") ...
    [Fact]
    public void Validate_UnknownFunction_PositionOfName()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("check", Condition, """{ "condition": "1 + NOPE(1) > 0" }""").Node("end", Stop)
            .Connect("start", "check").Connect("check", "end", "true"));

        var issue = Single(issues, ValidationCode.ExpressionSyntax);
        issue.Position.ShouldBe(4);
        issue.Message.ShouldContain("NOPE");
    }

    // start ──► fail(message "Invoice {{ [trigger.number] + }} failed")
    [Fact]
    public void Validate_TemplateSyntaxError_PositionInWholeText()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("fail", NodeTypeKeys.Fail, """{ "message": "Invoice {{ UPPER([trigger.number], 2) }} failed" }""")
            .Connect("start", "fail"));

        var issue = Single(issues, ValidationCode.ExpressionSyntax);
        issue.FieldKey.ShouldBe("message");
        issue.Position.ShouldBe(11);
        issue.Message.ShouldContain("UPPER takes 1 argument");
    }

    // start ──► map(mappings.total = "[steps.ghost.output.x]")
    [Fact]
    public void Validate_ReferenceToMissingStep_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("map", NodeTypeKeys.Map, """{ "mappings": { "total": "1 + [steps.ghost.output.x]" } }""")
            .Connect("start", "map"));

        var issue = Single(issues, ValidationCode.UnknownStepReference);
        issue.FieldKey.ShouldBe("mappings.total");
        issue.Position.ShouldBe(4);
    }

    // start ──► check ─true─► left
    //               └false─► right(reads [steps.left.output.id])   left is a sibling, not upstream
    [Fact]
    public void Validate_ReferenceToSiblingBranch_NotUpstream()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("check", Condition, """{ "condition": "true" }""")
            .Node("left", NodeTypeKeys.Map, """{ "mappings": { "id": "[trigger.id]" } }""")
            .Node("right", NodeTypeKeys.Map, """{ "mappings": { "id": "[steps.left.output.id]" } }""", "Right side")
            .Connect("start", "check").Connect("check", "left", "true").Connect("check", "right", "false"));

        var issue = Single(issues, ValidationCode.ReferenceNotUpstream);
        issue.NodeId.ShouldBe("right");
        issue.FieldKey.ShouldBe("mappings.id");
        issue.Position.ShouldBe(0);
    }

    // start ──► self(reads its own output)
    [Fact]
    public void Validate_ReferenceToOwnOutput_NotUpstream()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("self", NodeTypeKeys.Map, """{ "mappings": { "id": "[steps.self.output.id]" } }""")
            .Connect("start", "self"));

        Single(issues, ValidationCode.ReferenceNotUpstream).NodeId.ShouldBe("self");
    }

    // start ──► after(reads [item.sku])   (no for-each around it)
    [Fact]
    public void Validate_ItemOutsideLoop_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("after", NodeTypeKeys.Map, """{ "mappings": { "sku": "[item.sku]" } }""")
            .Connect("start", "after"));

        Single(issues, ValidationCode.ItemOutsideLoop).FieldKey.ShouldBe("mappings.sku");
    }

    // start ──► loop ─done─► after(reads [item.sku])   (done path is outside the branch)
    //             └item─► body
    [Fact]
    public void Validate_ItemAfterLoopDone_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("loop", ForEach, """{ "items": "[trigger.lines]" }""").Node("body", Stop)
            .Node("after", NodeTypeKeys.Map, """{ "mappings": { "sku": "[item.sku]" } }""")
            .Connect("start", "loop").Connect("loop", "body", "item").Connect("loop", "after", "done"));

        Single(issues, ValidationCode.ItemOutsideLoop).NodeId.ShouldBe("after");
    }

    // start ──► use(reads [vars.total])          no Set variable before it
    [Fact]
    public void Validate_VariableNeverSet_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("use", NodeTypeKeys.Map, """{ "mappings": { "t": "[vars.total]" } }""")
            .Connect("start", "use"));

        Single(issues, ValidationCode.VariableNotSet).Message.ShouldContain("'total'");
    }

    // start ──► set(total) ──► use(reads [vars.total] and [steps.set.output])
    [Fact]
    public void Validate_VariableSetUpstream_IsValid()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("set", NodeTypeKeys.SetVariable, """{ "name": "total", "value": "SUM([trigger.body.lines.*.amount])" }""")
            .Node("use", NodeTypeKeys.Map, """{ "mappings": { "t": "[vars.total] * 2", "s": "[steps.set.output]" } }""")
            .Connect("start", "set").Connect("set", "use"));

        issues.ShouldBeEmpty();
    }
}
