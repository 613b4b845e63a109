using FlowStudio.Core.Catalog;
using FlowStudio.Core.Tests.TestSupport;
using FlowStudio.Core.Validation;

namespace FlowStudio.Core.Tests.Validation;

public partial class FlowValidatorTests
{
    // start ──► end ;  start ──► ghost (no such node)
    [Fact]
    public void Validate_ConnectionToMissingNode_Reported()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("end", Stop).Connect("start", "end").Connect("start", "ghost"));

        Single(issues, ValidationCode.UnknownConnectionNode).Message.ShouldContain("ghost");
    }

    // start ─nope─► end
    [Fact]
    public void Validate_UnknownOutputPort_ListsPorts()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("end", Stop).Connect("start", "end", fromPort: "nope"));

        var issue = issues.First(i => i.Code == ValidationCode.UnknownPort);
        issue.NodeId.ShouldBe("start");
        issue.Message.ShouldContain("'nope'");
        issue.Message.ShouldContain("out");
    }

    // start ──► end.side (stop has only "in")
    [Fact]
    public void Validate_UnknownInputPort_Reported()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("end", Stop).Connect("start", "end", toPort: "side"));

        issues.ShouldContain(i => i.Code == ValidationCode.UnknownPort && i.NodeId == "end" && i.Message.Contains("'side'"));
    }

    // start ──► route ─late─► late_end      (late is a case from config)
    //                 └default─► other_end
    [Fact]
    public void Validate_SwitchCasePortFromConfig_IsAccepted()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("route", NodeTypeKeys.Switch, """{ "cases": [ { "name": "late", "when": "DAYSBETWEEN([trigger.due], TODAY()) > 30" } ] }""")
            .Node("late_end", Stop).Node("other_end", Stop)
            .Connect("start", "route").Connect("route", "late_end", "late").Connect("route", "other_end", "default"));

        issues.ShouldBeEmpty();
    }

    // start ──► loop ─done─► end       (item port left open)
    [Fact]
    public void Validate_ForEachWithoutItemBranch_RequiredOutputUnconnected()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("loop", ForEach, """{ "items": "[trigger.lines]" }""").Node("end", Stop)
            .Connect("start", "loop").Connect("loop", "end", "done"));

        var issue = Single(issues, ValidationCode.RequiredOutputUnconnected);
        issue.NodeId.ShouldBe("loop");
        issue.Message.ShouldContain("item");
    }

    // start ──► ok? ─rejected─► end      (approved left open)
    [Fact]
    public void Validate_ApprovalWithoutApprovedBranch_RequiredOutputUnconnected()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("ok", NodeTypeKeys.WaitForApproval, """{ "approverRole": "Reviewer" }""").Node("end", Stop)
            .Connect("start", "ok").Connect("ok", "end", "rejected"));

        Single(issues, ValidationCode.RequiredOutputUnconnected).Message.ShouldContain("approved");
    }

    // start ──► check   (no outputs connected)
    [Fact]
    public void Validate_ConditionRoutingNowhere_Warns()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("check", Condition, """{ "condition": "true" }""").Connect("start", "check"));

        var issue = issues.ShouldHaveSingleItem();
        issue.Code.ShouldBe(ValidationCode.NoConnectedOutput);
        issue.Severity.ShouldBe(ValidationSeverity.Warning);
    }

    // start ──► end      island (not connected)
    [Fact]
    public void Validate_IslandNode_Unreachable()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("end", Stop).Node("island", Stop, label: "Forgotten").Connect("start", "end"));

        var issue = Single(issues, ValidationCode.UnreachableNode);
        issue.NodeId.ShouldBe("island");
        issue.Message.ShouldContain("Forgotten");
    }

    // start ──► a ──► b
    //           ▲     │
    //           └─────┘
    [Fact]
    public void Validate_CycleOutsideLoop_ReportsPath()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("a", Merge).Node("b", Merge)
            .Connect("start", "a").Connect("a", "b").Connect("b", "a"));

        Single(issues, ValidationCode.Cycle).Message.ShouldContain("a → b → a");
    }

    // start ──► loop ─item─► line ──► loop.loop   (returns to the loop port)
    //             └─done─► end
    [Fact]
    public void Validate_ForEachBodyReturningToLoopPort_IsNotACycle()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("loop", ForEach, """{ "items": "[trigger.body.lines]", "parallelism": 4 }""")
            .Node("line", NodeTypeKeys.SetVariable, """{ "name": "sku", "value": "[item.sku]" }""")
            .Node("end", Stop)
            .Connect("start", "loop").Connect("loop", "line", "item").Connect("line", "loop", toPort: "loop").Connect("loop", "end", "done"));

        issues.ShouldBeEmpty();
    }

    // start ──► loop ─item─► line ──► loop.in   (back into the main input: a real cycle)
    [Fact]
    public void Validate_ForEachBodyReturningToInput_IsACycle()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("loop", ForEach, """{ "items": "[trigger.body.lines]" }""")
            .Node("line", Merge)
            .Connect("start", "loop").Connect("loop", "line", "item").Connect("line", "loop"));

        Single(issues, ValidationCode.Cycle).Message.ShouldContain("loop → line → loop");
    }

    // start ──► loop ─item─► line
    //   └──────────────────────► loop.loop   (start is not in the branch)
    [Fact]
    public void Validate_LoopReturnFromOutsideBody_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("loop", ForEach, """{ "items": "[trigger.body.lines]" }""")
            .Node("line", Stop)
            .Connect("start", "loop").Connect("loop", "line", "item").Connect("start", "loop", toPort: "loop"));

        Single(issues, ValidationCode.InvalidLoopReturn).NodeId.ShouldBe("start");
    }
}
