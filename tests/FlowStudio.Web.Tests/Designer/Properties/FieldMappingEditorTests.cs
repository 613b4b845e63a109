using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Components.Designer.Properties;

namespace FlowStudio.Web.Tests.Designer.Properties;

public sealed class FieldMappingEditorTests
{
    private readonly List<FlowNode> changes = [];

    //  start ──► map
    [Fact]
    public async Task DataPicker_ClickOnSampleField_InsertsItsReferenceAtTheCursor()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.WebhookTrigger)
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "total": "1 + " } }""")
            .Connect("start", "map")
            .Build();
        var panel = Render(context, flow, "map", FlowBuilder.Samples(("trigger", """{ "body": { "amount": 12.5, "lines": [ { "sku": "A-1" } ] } }""")));

        panel.Find("[data-testid=mapping-expression] [data-testid=expression-data]").Click();
        panel.Find("[data-testid=data-picker] [data-path='trigger.body.amount'] [data-testid=json-pick]").Click();

        Mapping(changes.ShouldHaveSingleItem(), "mappings").ShouldBe(new Dictionary<string, string> { ["total"] = "1 + [trigger.body.amount]" });
    }

    //  start ──► find (connector action, never run) ──► map
    [Fact]
    public async Task DataPicker_StepWithoutSample_OffersSkeletonOfTheDeclaredOutput()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("find", NodeTypeKeys.ConnectorAction, """{ "operation": "zoho-books.invoices.get" }""", label: "Find invoice")
            .Node("map", NodeTypeKeys.Map, """{ "mappings": { "amount": "" } }""")
            .Connect("start", "find").Connect("find", "map")
            .Build();
        var panel = Render(context, flow, "map");

        panel.Find("[data-testid=expression-data]").Click();

        var source = panel.Find("[data-testid=data-source][data-root='steps.find.output']");
        source.TextContent.ShouldContain("Find invoice (find)");
        source.QuerySelector("[data-testid=data-source-skeleton]").ShouldNotBeNull();
        source.QuerySelectorAll("[data-testid=json-node]").Select(n => n.GetAttribute("data-path"))
            .ShouldBe(["steps.find.output", "steps.find.output.invoice_id", "steps.find.output.total", "steps.find.output.line_items"]);

        panel.Find("[data-path='steps.find.output.total'] [data-testid=json-pick]").Click();

        NodeConfig.Get(changes.ShouldHaveSingleItem().Config, "mappings")!.Value.GetProperty("amount").GetString().ShouldBe("[steps.find.output.total]");
    }

    [Fact]
    public async Task FreeList_AddRowNameAndExpression_SendsTheMapping()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("map", NodeTypeKeys.Map).Build(), "map");

        panel.Find("[data-testid=mapping-add]").Click();
        panel.Find("input[data-testid=mapping-name]").Change("customer");
        panel.Find("[data-testid=mapping-expression] textarea").Change("UPPER('acme')");

        Mapping(changes.Last(), "mappings").ShouldBe(new Dictionary<string, string> { ["customer"] = "UPPER('acme')" });
        panel.Find("[data-testid=expression-preview-value]").TextContent.ShouldBe("\"ACME\"");
    }

    [Fact]
    public async Task FreeList_SameTargetTwice_IsFlaggedAndSavedOnce()
    {
        await using var context = new PanelTestContext();
        var panel = Render(context, new FlowBuilder().Node("map", NodeTypeKeys.Map, """{ "mappings": { "a": "1" } }""").Build(), "map");

        panel.Find("[data-testid=mapping-add]").Click();
        panel.FindAll("input[data-testid=mapping-name]")[1].Change("a");
        panel.FindAll("[data-testid=mapping-expression] textarea")[1].Change("2");

        panel.Markup.ShouldContain("This target is mapped twice.");
        Mapping(changes.Last(), "mappings").ShouldBe(new Dictionary<string, string> { ["a"] = "1" });
    }

    [Fact]
    public async Task Targets_OperationInput_MappedThroughItsExpressionEditor()
    {
        await using var context = new PanelTestContext();
        var flow = new FlowBuilder()
            .Node("invoice", NodeTypeKeys.ConnectorAction, """{ "connection": "c", "operation": "zoho-books.invoices.create" }""")
            .Build();
        var panel = Render(context, flow, "invoice");

        panel.Find("[data-target=customer_id] textarea").Change("'C-1'");

        var changed = changes.ShouldHaveSingleItem();
        NodeConfig.GetString(changed.Config, "operation").ShouldBe("zoho-books.invoices.create");
        Mapping(changed, "inputs").ShouldBe(new Dictionary<string, string> { ["customer_id"] = "'C-1'" });
    }

    private static Dictionary<string, string> Mapping(FlowNode node, string key) =>
        NodeConfig.Get(node.Config, key)!.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    private IRenderedComponent<NodePropertiesPanel> Render(
        PanelTestContext context, FlowDefinition flow, string nodeId, IReadOnlyDictionary<string, System.Text.Json.JsonElement>? samples = null) =>
        context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, flow)
            .Add(x => x.NodeId, nodeId)
            .Add(x => x.SampleOutputs, samples ?? FlowBuilder.Samples())
            .Add(x => x.NodeChanged, node => changes.Add(node)));
}
