using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Web.Components.Designer.Properties;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Designer.Properties;

public sealed class ExpressionEditorTests
{
    private readonly List<FlowNode> changes = [];

    //  start ──► set (Set variable: value = <expression>)
    private IRenderedComponent<NodePropertiesPanel> RenderSetVariable(PanelTestContext context, string expression, string trigger = """{ "a": 0.1, "b": 0.2, "price": 19.99, "method": "card" }""")
    {
        var flow = new FlowBuilder()
            .Node("start", NodeTypeKeys.ManualTrigger)
            .Node("set", NodeTypeKeys.SetVariable, $$"""{ "name": "x", "value": {{System.Text.Json.JsonSerializer.Serialize(expression)}} }""")
            .Connect("start", "set")
            .Build();
        return context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, flow)
            .Add(x => x.NodeId, "set")
            .Add(x => x.SampleOutputs, FlowBuilder.Samples(("trigger", trigger)))
            .Add(x => x.NodeChanged, node => changes.Add(node)));
    }

    [Theory]
    [InlineData("[trigger.a] + [trigger.b]", "0.3")]
    [InlineData("[trigger.price] * 3", "59.97")]
    [InlineData("ROUND(10 / 3, 2)", "3.33")]
    public async Task Preview_Arithmetic_IsDecimalExact(string expression, string expected)
    {
        await using var context = new PanelTestContext();

        var panel = RenderSetVariable(context, expression);

        panel.Find("[data-testid=field-value] [data-testid=expression-preview-value]").TextContent.ShouldBe(expected);
        panel.Find("[data-testid=field-value] [data-testid=expression-preview]").TextContent.ShouldContain("(number)");
    }

    [Fact]
    public async Task Preview_UnknownFunction_ShowsErrorAtItsPosition()
    {
        await using var context = new PanelTestContext();

        var panel = RenderSetVariable(context, "1 + FOO(2)");

        var error = panel.Find("[data-testid=field-value] [data-testid=expression-error]");
        error.TextContent.ShouldContain("Position 5: Unknown function 'FOO'.");
        error.QuerySelector("pre")!.TextContent.ShouldBe("1 + FOO(2)\n    ^");
        panel.FindAll("[data-testid=field-value] [data-testid=expression-preview]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Preview_EvaluationError_NamesTheFailingReferencePosition()
    {
        await using var context = new PanelTestContext();

        var panel = RenderSetVariable(context, "ROUND([trigger.method], 2)");

        panel.Find("[data-testid=field-value] [data-testid=expression-error]").TextContent.ShouldContain("Position 1:");
    }

    [Fact]
    public async Task Preview_ReferenceWithoutSample_SaysSoInsteadOfFailing()
    {
        await using var context = new PanelTestContext();

        var panel = RenderSetVariable(context, "[steps.nowhere.output.total] + 1");

        panel.Find("[data-testid=field-value] [data-testid=expression-preview-note]").TextContent
            .ShouldContain("No sample data for [steps.nowhere.output.total]");
    }

    [Fact]
    public async Task Preview_Lookup_ReadsTheInstalledTables()
    {
        var tables = new LookupTableSet([LookupTable.FromPairs("payment_modes", [new("card", "Credit card")])]);
        await using var context = new PanelTestContext(s => s.AddSingleton<ILookupTableProvider>(tables));

        var panel = RenderSetVariable(context, "LOOKUP('payment_modes', [trigger.method])");

        panel.Find("[data-testid=field-value] [data-testid=expression-preview-value]").TextContent.ShouldBe("\"Credit card\"");
    }

    [Fact]
    public async Task Completion_TypedFunctionPrefix_OffersAndInsertsTheFunction()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");
        var input = panel.Find("[data-testid=field-value] textarea");

        input.Input("ROU");

        var completion = panel.Find("[data-testid=field-value] [data-testid=expression-completion]");
        completion.TextContent.ShouldContain("ROUND");
        completion.Click();
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "value").ShouldBe("ROUND(");
        panel.Find("[data-testid=field-value] [data-testid=expression-signature]").TextContent.ShouldContain("ROUND(");
    }

    [Fact]
    public async Task Completion_InsideReference_OffersSamplePaths()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");

        panel.Find("[data-testid=field-value] textarea").Input("[trigger.pr");

        var completion = panel.Find("[data-testid=field-value] [data-testid=expression-completion]");
        completion.TextContent.ShouldContain("trigger.price");
        completion.TextContent.ShouldContain("number · 19.99");
        completion.Click();
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "value").ShouldBe("[trigger.price]");
    }

    [Fact]
    public async Task Completion_ArrowKeys_MoveTheHighlightWrappingAndMarkItSelected()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");
        var input = panel.Find("[data-testid=field-value] textarea");
        input.Input("[trigger.");
        var count = Options(panel).Count;
        count.ShouldBeGreaterThan(2);
        Highlighted(panel).ShouldBe(-1);

        Key(panel, "ArrowDown");
        Highlighted(panel).ShouldBe(0);
        Key(panel, "ArrowDown");
        Highlighted(panel).ShouldBe(1);
        Key(panel, "ArrowUp");
        Key(panel, "ArrowUp");
        Highlighted(panel).ShouldBe(count - 1);
        Key(panel, "ArrowDown");
        Highlighted(panel).ShouldBe(0);

        var textarea = panel.Find("[data-testid=field-value] textarea");
        textarea.GetAttribute("aria-expanded").ShouldBe("true");
        textarea.GetAttribute("aria-activedescendant").ShouldBe(Options(panel)[0].Id);
        Options(panel).Count(o => o.GetAttribute("aria-selected") == "true").ShouldBe(1);
        changes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Enter")]
    [InlineData("Tab")]
    public async Task Completion_EnterOrTabOnHighlight_InsertsThatItem(string key)
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");
        panel.Find("[data-testid=field-value] textarea").Input("[trigger.");
        var second = Options(panel)[1].QuerySelector(".completion-path")!.TextContent;

        Key(panel, "ArrowDown");
        Key(panel, "ArrowDown");
        Key(panel, key);

        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "value").ShouldBe($"[{second}]");
        panel.FindAll("[data-testid=field-value] [data-testid=expression-completions]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Completion_EnterWithoutHighlightOrClosedList_ChangesNothing()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");

        Key(panel, "Enter");
        Key(panel, "Tab");
        panel.Find("[data-testid=field-value] textarea").Input("ROU");
        Key(panel, "Enter");

        changes.ShouldBeEmpty();
        Options(panel).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Completion_Escape_ClosesTheListUntilTheTextChanges()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");
        var input = panel.Find("[data-testid=field-value] textarea");
        input.Input("[trigger.");
        Key(panel, "ArrowDown");

        Key(panel, "Escape");
        panel.Find("[data-testid=field-value] textarea").KeyUp(new KeyboardEventArgs { Key = "Escape" });

        panel.FindAll("[data-testid=field-value] [data-testid=expression-completions]").ShouldBeEmpty();
        panel.Find("[data-testid=field-value] textarea").GetAttribute("aria-expanded").ShouldBe("false");
        panel.Find("[data-testid=field-value] textarea").Input("[trigger.p");
        Options(panel).ShouldNotBeEmpty();
        changes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Completion_TypingMore_FiltersAndKeepsTheHighlightedItem()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");
        panel.Find("[data-testid=field-value] textarea").Input("[trigger.");
        var labels = Options(panel).Select(o => o.QuerySelector(".completion-path")!.TextContent).ToList();
        var price = labels.IndexOf("trigger.price");
        for (var i = 0; i <= price; i++)
        {
            Key(panel, "ArrowDown");
        }

        panel.Find("[data-testid=field-value] textarea").Input("[trigger.p");

        var left = Options(panel);
        left.Count.ShouldBeLessThan(labels.Count);
        left[Highlighted(panel)].TextContent.ShouldContain("trigger.price");
        Key(panel, "Enter");
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "value").ShouldBe("[trigger.price]");
    }

    [Fact]
    public async Task Completion_OpenMidWord_HoldsTheErrorBackUntilTheListCloses()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");

        panel.Find("[data-testid=field-value] textarea").Input("1 + ROUN");
        Options(panel).ShouldNotBeEmpty();
        panel.FindAll("[data-testid=field-value] [data-testid=expression-error]").ShouldBeEmpty();

        Key(panel, "Escape");
        panel.Find("[data-testid=field-value] [data-testid=expression-error]").TextContent.ShouldContain("Position 5");
    }

    private static IReadOnlyList<AngleSharp.Dom.IElement> Options(IRenderedComponent<NodePropertiesPanel> panel) =>
        [.. panel.FindAll("[data-testid=field-value] [role=option]")];

    private static int Highlighted(IRenderedComponent<NodePropertiesPanel> panel) =>
        Options(panel).ToList().FindIndex(o => o.GetAttribute("aria-selected") == "true");

    private static void Key(IRenderedComponent<NodePropertiesPanel> panel, string key) =>
        panel.Find("[data-testid=field-value] textarea").KeyDown(new KeyboardEventArgs { Key = key });

    [Fact]
    public async Task FunctionList_ShowsEveryFunctionWithHelp()
    {
        await using var context = new PanelTestContext();
        var panel = RenderSetVariable(context, "1");

        panel.Find("[data-testid=field-value] [data-testid=expression-functions]").Click();

        var names = panel.FindAll("[data-testid=expression-function] code").Select(c => c.TextContent.Split('(')[0]).ToList();
        names.ShouldBe(
            ["ABS", "ADDDAYS", "AND", "COALESCE", "CONCAT", "CONTAINS", "COUNT", "DATE", "DAYSBETWEEN", "FORMATDATE", "IF", "LEFT", "LOOKUP",
             "LOWER", "MAX", "MIN", "NOT", "OR", "RIGHT", "ROUND", "SUM", "TODAY", "TRIM", "UPPER"],
            ignoreOrder: true);
    }
}
