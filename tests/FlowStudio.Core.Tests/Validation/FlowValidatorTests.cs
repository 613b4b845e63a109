using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Tests.TestSupport;
using FlowStudio.Core.Validation;

namespace FlowStudio.Core.Tests.Validation;

public partial class FlowValidatorTests
{
    private const string Trigger = NodeTypeKeys.ManualTrigger;
    private const string Stop = NodeTypeKeys.Stop;
    private const string Merge = NodeTypeKeys.Merge;
    private const string Condition = NodeTypeKeys.Condition;
    private const string ForEach = NodeTypeKeys.ForEach;

    private readonly NodeCatalog _catalog = NodeCatalog.CreateBuiltIn();

    private IReadOnlyList<ValidationIssue> Validate(FlowBuilder builder) =>
        new FlowValidator(_catalog, new ExpressionEngine(TimeProvider.System)).Validate(builder.Build());

    private static ValidationIssue Single(IReadOnlyList<ValidationIssue> issues, ValidationCode code) =>
        issues.Where(i => i.Code == code).ShouldHaveSingleItem($"issues: {string.Join(" | ", issues)}");

    // start ──► find ──► check ─true─► big
    //                          └false─► small
    private static FlowBuilder ValidFlow() => new FlowBuilder()
        .Node("start", Trigger)
        .Node("find", NodeTypeKeys.ConnectorAction, """{ "connection": "zoho", "operation": "zoho-books.find_invoice", "inputs": { "number": "[trigger.body.number]" } }""")
        .Node("check", Condition, """{ "condition": "[steps.find.output.total] > 100" }""", "Large?")
        .Node("big", NodeTypeKeys.HttpRequest, """{ "method": "POST", "url": "https://example.com/{{[steps.find.output.invoice_id]}}" }""")
        .Node("small", Stop)
        .Connect("start", "find")
        .Connect("find", "check")
        .Connect("check", "big", "true")
        .Connect("check", "small", "false");

    [Fact]
    public void Validate_ValidFlow_HasNoIssues()
    {
        Validate(ValidFlow()).ShouldBeEmpty();
    }

    // (nothing) ──► a
    [Fact]
    public void Validate_NoTrigger_ReportsNoTrigger()
    {
        var issues = Validate(new FlowBuilder().Node("a", Stop));

        Single(issues, ValidationCode.NoTrigger).NodeId.ShouldBeNull();
    }

    // one ──► end ◄── two
    [Fact]
    public void Validate_TwoTriggers_NamesTheSecond()
    {
        var issues = Validate(new FlowBuilder()
            .Node("one", Trigger).Node("two", NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 7 ? * MON-FRI" }""", "Nightly").Node("end", Stop)
            .Connect("one", "end").Connect("two", "end"));

        var issue = Single(issues, ValidationCode.MultipleTriggers);
        issue.NodeId.ShouldBe("two");
        issue.NodeLabel.ShouldBe("Nightly");
        issue.Message.ShouldContain("Nightly");
    }

    // start ──► odd(type "custom.thing")
    [Fact]
    public void Validate_UnknownType_ReportsNodeAndType()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("odd", "custom.thing").Connect("start", "odd"));

        var issue = Single(issues, ValidationCode.UnknownNodeType);
        issue.NodeId.ShouldBe("odd");
        issue.Message.ShouldContain("custom.thing");
    }

    // start ──► a, a (same id twice)
    [Fact]
    public void Validate_DuplicateIds_Reported()
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("a", Stop).Node("a", Stop).Connect("start", "a"));

        Single(issues, ValidationCode.DuplicateNodeId).NodeId.ShouldBe("a");
    }

    // start ──► check(no condition) ─true─► end
    [Fact]
    public void Validate_MissingRequiredConfig_NamesField()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("check", Condition, "{}", "Large?").Node("end", Stop)
            .Connect("start", "check").Connect("check", "end", "true"));

        var issue = Single(issues, ValidationCode.MissingRequiredConfig);
        issue.NodeId.ShouldBe("check");
        issue.FieldKey.ShouldBe("condition");
        issue.Message.ShouldBe("Node 'Large?': 'Condition' is required.");
    }

    // start ──► wait(mode=until, no until) ──► end
    [Theory]
    [InlineData("""{ "mode": "until" }""", "until")]
    [InlineData("""{ "mode": "duration" }""", "duration")]
    public void Validate_DelayWithoutChosenValue_RequiresThatField(string config, string field)
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("wait", NodeTypeKeys.Delay, config).Node("end", Stop)
            .Connect("start", "wait").Connect("wait", "end"));

        Single(issues, ValidationCode.MissingRequiredConfig).FieldKey.ShouldBe(field);
    }

    [Fact]
    public void Validate_DelayWithDuration_IsValid()
    {
        Validate(new FlowBuilder().Node("start", Trigger).Node("wait", NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "PT15M" }""").Node("end", Stop)
            .Connect("start", "wait").Connect("wait", "end")).ShouldBeEmpty();
    }

    // start ──► node(bad config) ...
    [Theory]
    [InlineData(NodeTypeKeys.HttpRequest, """{ "method": "FETCH", "url": "https://x" }""", "method")]
    [InlineData(NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "15 minutes" }""", "duration")]
    [InlineData(NodeTypeKeys.ScheduleTrigger, """{ "cron": "every day" }""", "cron")]
    [InlineData(NodeTypeKeys.Map, """{ "mappings": { "total": 5 } }""", "mappings")]
    public void Validate_InvalidConfigValue_NamesField(string type, string config, string field)
    {
        var issues = Validate(new FlowBuilder().Node("start", Trigger).Node("n", type, config).Node("end", Stop)
            .Connect("start", "n").Connect("n", "end"));

        Single(issues, ValidationCode.InvalidConfigValue).FieldKey.ShouldBe(field);
    }

    // start ──► loop(parallelism 0) ─item─► body
    [Fact]
    public void Validate_NumberBelowMinimum_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("loop", ForEach, """{ "items": "[trigger.lines]", "parallelism": 0 }""").Node("body", Stop)
            .Connect("start", "loop").Connect("loop", "body", "item"));

        var issue = Single(issues, ValidationCode.InvalidConfigValue);
        issue.FieldKey.ShouldBe("parallelism");
        issue.Message.ShouldContain("at least 1");
    }

    // start ──► switch(cases: a, a) ...
    [Fact]
    public void Validate_SwitchDuplicateCaseNames_Reported()
    {
        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger)
            .Node("route", NodeTypeKeys.Switch, """{ "cases": [ { "name": "a", "when": "true" }, { "name": "a", "when": "false" } ] }""")
            .Node("end", Stop)
            .Connect("start", "route").Connect("route", "end", "a"));

        Single(issues, ValidationCode.InvalidConfigValue).FieldKey.ShouldBe("cases");
    }

    // start ──► act(operation zoho-books.nope) ──► end, with zoho-books known
    [Fact]
    public void Validate_UnknownOperationOfKnownConnector_Reported()
    {
        _catalog.AddOperation(new ConnectorOperationDescriptor { Connector = "zoho-books", Operation = "find_invoice", DisplayName = "Find invoice" });

        var issues = Validate(new FlowBuilder()
            .Node("start", Trigger).Node("act", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "zoho-books.nope" }""").Node("end", Stop)
            .Connect("start", "act").Connect("act", "end"));

        Single(issues, ValidationCode.UnknownConnectorOperation).FieldKey.ShouldBe("operation");
        Validate(ValidFlow()).ShouldBeEmpty();
    }
}
