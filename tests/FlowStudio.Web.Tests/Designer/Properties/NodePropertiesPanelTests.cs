using System.Text.Json;
using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Components.Designer.Properties;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FlowStudio.Web.Tests.Designer.Properties;

public sealed class NodePropertiesPanelTests
{
    private readonly List<FlowNode> changes = [];

    private IRenderedComponent<NodePropertiesPanel> Render(PanelTestContext context, FlowDefinition flow, string nodeId, IReadOnlyDictionary<string, JsonElement>? samples = null) =>
        context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, flow)
            .Add(x => x.NodeId, nodeId)
            .Add(x => x.SampleOutputs, samples ?? FlowBuilder.Samples())
            .Add(x => x.NodeChanged, node => changes.Add(node)));

    //  start ──► invoice
    [Fact]
    public async Task Render_ConnectorAction_GeneratesOneEditorPerSchemaFieldAndListsMissingRequired()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder().Node("start", NodeTypeKeys.ManualTrigger).Node("invoice", NodeTypeKeys.ConnectorAction).Connect("start", "invoice").Build();

        var panel = Render(context, flow, "invoice");

        panel.FindAll("[data-testid=config-field]").Select(f => f.GetAttribute("data-key")).ShouldBe(["connection", "operation", "inputs"]);
        panel.Find("[data-testid=node-type]").TextContent.ShouldBe("Connector action");
        panel.Find("[data-testid=properties-missing]").TextContent.ShouldBe("Required: Connection, Operation");
        panel.Find("[data-testid=mapping-needs-operation]").TextContent.ShouldContain("Choose an operation");
    }

    //  schedule (weekdays 08:00 London)
    [Fact]
    public async Task Render_ScheduleTrigger_UsesTheScheduleEditorForCronTimeZoneAndMisfire()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder()
            .Node("every-weekday", NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 8 ? * MON-FRI", "timeZone": "Europe/London" }""")
            .Build();

        var panel = Render(context, flow, "every-weekday");

        panel.Find("[data-testid=cron-editor]").ShouldNotBeNull();
        panel.Find("[data-testid=cron-misfire]").ShouldNotBeNull();
        panel.FindAll("[data-testid=config-field]").Select(f => f.GetAttribute("data-key")).ShouldNotContain("cron");
        panel.FindAll("[data-testid=config-field]").Select(f => f.GetAttribute("data-key")).ShouldNotContain("timeZone");
        panel.Find("[data-testid=cron-summary]").TextContent.ShouldContain("08:00");
    }

    [Fact]
    public async Task Render_OperationChosen_ShowsItsInputsWithTypesAndFlagsMissingRequiredInputs()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder()
            .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "conn-zoho", "operation": "zoho-books.invoices.create", "inputs": { "total": "100" } }""")
            .Build();

        var panel = Render(context, flow, "invoice");

        panel.FindAll("[data-testid=mapping-target]").Select(t => t.GetAttribute("data-target")).ShouldBe(["customer_id", "total", "notes"]);
        var customer = panel.Find("[data-target=customer_id]");
        customer.TextContent.ShouldContain("Customer");
        customer.QuerySelector("[data-testid=mapping-missing]").ShouldNotBeNull();
        panel.Find("[data-target=total]").QuerySelector("[data-testid=mapping-required]").ShouldNotBeNull();
        panel.Find("[data-target=total]").TextContent.ShouldContain("number");
        panel.Find("[data-testid=properties-missing]").TextContent.ShouldBe("Required: Customer (input)");
        panel.Find("[data-testid=operation-selected]").TextContent.ShouldContain("Creates a draft invoice for a customer.");
    }

    [Fact]
    public async Task OperationPicker_SearchAndClick_GroupsByConnectorAndSendsTheOperationKey()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder().Node("act", NodeTypeKeys.ConnectorAction).Build();
        var panel = Render(context, flow, "act");
        panel.FindAll("[data-testid=operation-group]").Select(g => g.GetAttribute("data-connector")).ShouldBe(["stripe", "zoho-books"]);

        panel.Find("input[data-testid=operation-search]").Input("refund");

        panel.FindAll("[data-testid=operation-option]").ShouldHaveSingleItem().TextContent.ShouldContain("Refunds a charge in full or in part.");
        panel.Find("[data-testid=operation-option]").Click();
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "operation").ShouldBe("stripe.refunds.create");
    }

    [Fact]
    public async Task OperationPicker_PollTrigger_OffersOnlyReadingOperations()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("poll", NodeTypeKeys.PollTrigger).Build(), "poll");

        panel.FindAll("[data-testid=operation-option]").Select(o => o.GetAttribute("data-key"))
            .ShouldBe(["zoho-books.invoices.get", "zoho-books.contacts.list"]);
    }

    //  Delay: mode "duration" (the default) shows duration; mode "until" shows until instead.
    [Fact]
    public async Task ConditionalFields_FollowTheChoiceTheyBelongTo()
    {
        await using var context = new PanelTestContext();

        var byDefault = Render(context, new FlowBuilder().Node("wait", NodeTypeKeys.Delay).Build(), "wait");
        var until = Render(context, new FlowBuilder().Node("wait", NodeTypeKeys.Delay, """{ "mode": "until" }""").Build(), "wait");

        byDefault.FindAll("[data-testid=config-field]").Select(f => f.GetAttribute("data-key")).ShouldBe(["mode", "duration"]);
        byDefault.Find("[data-testid=properties-missing]").TextContent.ShouldBe("Required: Wait, Duration");
        until.FindAll("[data-testid=config-field]").Select(f => f.GetAttribute("data-key")).ShouldBe(["mode", "until"]);
        until.Find("[data-testid=properties-missing]").TextContent.ShouldBe("Required: Until");
    }

    [Fact]
    public async Task Select_Chosen_SendsNodeWithTheValueAndKeepsOtherConfig()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("wait", NodeTypeKeys.Delay, """{ "duration": "PT1H" }""", label: "Wait a bit").Build(), "wait");
        var select = panel.FindComponent<MudSelect<string>>();
        select.Instance.Label.ShouldBe("Wait *");

        await panel.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("until"));

        var changed = changes.ShouldHaveSingleItem();
        changed.Id.ShouldBe("wait");
        changed.Label.ShouldBe("Wait a bit");
        changed.Config.GetRawText().ShouldBe("""{"duration":"PT1H","mode":"until"}""");
    }

    [Fact]
    public async Task Label_Changed_SendsNodeWithNewLabel()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("stop", NodeTypeKeys.Stop).Build(), "stop");

        panel.Find("input[data-testid=node-label]").Change("All done");

        changes.ShouldHaveSingleItem().Label.ShouldBe("All done");
    }

    [Fact]
    public async Task Boolean_Toggled_SendsJsonBoolean()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("sub", NodeTypeKeys.CallSubFlow, """{ "flowId": "f-1" }""").Build(), "sub");

        panel.Find("input[data-testid=field-waitForCompletion]").Change(false);

        changes.ShouldHaveSingleItem().Config.GetRawText().ShouldBe("""{"flowId":"f-1","waitForCompletion":false}""");
    }

    [Fact]
    public async Task Number_Entered_SendsExactDecimal()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("each", NodeTypeKeys.ForEach, """{ "items": "[trigger.lines]" }""").Build(), "each");

        panel.Find("input[data-testid=field-parallelism]").Change("4");

        changes.ShouldHaveSingleItem().Config.GetRawText().ShouldBe("""{"items":"[trigger.lines]","parallelism":4}""");
    }

    [Fact]
    public async Task Duration_AmountAndUnit_StoredAsIso8601()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("wait", NodeTypeKeys.Delay, """{ "mode": "duration", "duration": "P3D" }""").Build(), "wait");
        panel.Find("[data-testid=duration-iso]").TextContent.ShouldContain("3 days · stored as P3D");

        panel.Find("input[data-testid=duration-amount]").Change("45");

        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "duration").ShouldBe("P45D");
    }

    [Fact]
    public async Task Cron_Invalid_ShowsErrorAndValidShowsNextRuns()
    {
        await using var context = new PanelTestContext();
        var bad = Render(context, new FlowBuilder().Node("s", NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 25 * * ?" }""").Build(), "s");
        var good = Render(context, new FlowBuilder().Node("s", NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 7 ? * MON-FRI" }""").Build(), "s");

        bad.Find("[data-testid=cron-error]").TextContent.ShouldNotBeNullOrWhiteSpace();
        good.FindAll("[data-testid=cron-error]").ShouldBeEmpty();
        good.Find("[data-testid=cron-editor]").TextContent.ShouldContain("07:00");
    }

    [Fact]
    public async Task ConnectionPicker_WithoutDirectory_FallsBackToTypingTheId()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("http", NodeTypeKeys.HttpRequest).Build(), "http");

        panel.Find("[data-key=connection]").TextContent.ShouldContain("type the connection id");
        panel.Find("input[data-testid=field-connection]").Change("conn-42");

        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "connection").ShouldBe("conn-42");
    }

    [Fact]
    public async Task ConnectionPicker_WithDirectory_OffersTheOperationsConnectorOnly()
    {
        var directory = new FakeConnectionDirectory();
        await using var context = new PanelTestContext(s => s.AddSingleton<IConnectionDirectory>(directory));
        var popovers = context.Render<MudPopoverProvider>();
        var panel = Render(context, new FlowBuilder()
            .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.invoices.create" }""").Build(), "invoice");

        directory.Queries.ShouldBe(["zoho-books"]);
        var select = panel.FindComponent<MudSelect<string>>();
        await panel.InvokeAsync(() => select.Instance.OpenMenu());

        var items = popovers.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ToList();
        items.ShouldBe(["conn-zoho", "conn-zoho-sandbox"]);
    }

    [Fact]
    public async Task ReadOnly_NoChangeIsSent()
    {
        await using var context = new PanelTestContext();
        var panel = context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, new FlowBuilder().Node("stop", NodeTypeKeys.Stop).Build())
            .Add(x => x.NodeId, "stop")
            .Add(x => x.ReadOnly, true)
            .Add(x => x.NodeChanged, node => changes.Add(node)));

        panel.Find("input[data-testid=node-label]").Change("Changed");

        changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownNodeType_OffersTheRawJsonEditor()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("x", "custom.thing", """{ "a": 1 }""").Build(), "x");

        panel.Markup.ShouldContain("is not installed here");
        panel.Find("textarea[data-testid=node-config-json]").Change("""{ "a": 2 }""");

        changes.ShouldHaveSingleItem().Config.GetRawText().ShouldBe("""{ "a": 2 }""");
    }
}
