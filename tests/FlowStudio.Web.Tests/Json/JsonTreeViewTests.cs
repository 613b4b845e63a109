using System.Collections.Immutable;
using System.Text.Json;
using Bunit;
using FlowStudio.Core.Flows;
using FlowStudio.Web.Components.Shared.Json;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FlowStudio.Web.Tests.Json;

public sealed class JsonTreeViewTests : IAsyncDisposable
{
    private readonly BunitContext context = new();

    public JsonTreeViewTests()
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
    }

    public ValueTask DisposeAsync() => context.DisposeAsync();

    private IRenderedComponent<JsonTreeView> Render(string json, Action<ComponentParameterCollectionBuilder<JsonTreeView>>? more = null) =>
        context.Render<JsonTreeView>(p =>
        {
            p.Add(x => x.Value, NodeConfig.Parse(json)).Add(x => x.RootLabel, "trigger").Add(x => x.PathPrefix, "trigger");
            more?.Invoke(p);
        });

    [Fact]
    public void Render_Scalars_AreTypedAndNumbersKeptExactly()
    {
        var tree = Render("""{ "amount": 1234567890.123456789, "name": "Acme", "paid": true, "note": null }""");

        Value(tree, "trigger.amount").ClassName.ShouldBe("json-number");
        Value(tree, "trigger.amount").TextContent.ShouldBe("1234567890.123456789");
        Value(tree, "trigger.name").ClassName.ShouldBe("json-string");
        Value(tree, "trigger.name").TextContent.ShouldBe("\"Acme\"");
        Value(tree, "trigger.paid").ClassName.ShouldBe("json-boolean");
        Value(tree, "trigger.note").ClassName.ShouldBe("json-null");
    }

    [Fact]
    public void Toggle_DeepObject_OpensAndClosesIt()
    {
        var tree = Render("""{ "body": { "customer": { "id": "C-1" } } }""");
        tree.FindAll("[data-path='trigger.body.customer.id']").ShouldBeEmpty();

        tree.Find("[data-path='trigger.body.customer'] [data-testid=json-toggle]").Click();
        tree.Find("[data-path='trigger.body.customer.id']").TextContent.ShouldContain("C-1");

        tree.Find("[data-path='trigger.body.customer'] [data-testid=json-toggle]").Click();
        tree.FindAll("[data-path='trigger.body.customer.id']").ShouldBeEmpty();
    }

    [Fact]
    public void LargeArray_IsShownAPageAtATime()
    {
        var items = string.Join(',', Enumerable.Range(0, 120));
        var tree = Render($$"""{ "lines": [{{items}}] }""", p => p.Add(x => x.PageSize, 50));

        tree.FindAll("[data-path^='trigger.lines.']").Count.ShouldBe(50);
        tree.Find("[data-testid=json-more]").TextContent.ShouldContain("Show 50 more of 70 (120 in all)");

        tree.Find("[data-testid=json-more]").Click();
        tree.Find("[data-testid=json-more]").Click();

        tree.FindAll("[data-path^='trigger.lines.']").Count.ShouldBe(120);
        tree.FindAll("[data-testid=json-more]").ShouldBeEmpty();
    }

    [Fact]
    public void CopyPath_WritesTheDottedPathToTheClipboard()
    {
        var tree = Render("""{ "lines": [ { "sku": "A-1" } ] }""", p => p.Add(x => x.ExpandedDepth, 5));

        tree.Find("[data-path='trigger.lines.0.sku'] .json-action[title='Copy path']").Click();
        tree.Find("[data-path='trigger.lines.0.sku'] .json-action[title='Copy value']").Click();

        var copied = context.JSInterop.Invocations.Where(i => i.Identifier == "navigator.clipboard.writeText").Select(i => i.Arguments[0]).ToList();
        copied.ShouldBe(["trigger.lines.0.sku", "A-1"]);
    }

    [Fact]
    public void OnSelect_ClickOnName_ReportsSegmentsBelowTheRoot()
    {
        ImmutableArray<string>? picked = null;
        var tree = Render("""{ "body": { "amount": 5 } }""", p => p.Add(x => x.OnSelect, (ImmutableArray<string> s) => picked = s));

        tree.Find("[data-path='trigger.body.amount'] [data-testid=json-pick]").Click();

        picked.ShouldNotBeNull().ShouldBe(["body", "amount"]);
    }

    [Fact]
    public void NoValue_ShowsADash()
    {
        var tree = context.Render<JsonTreeView>(p => p.Add(x => x.Value, (JsonElement?)null));

        tree.Find(".json-empty").TextContent.ShouldBe("—");
    }

    private static AngleSharp.Dom.IElement Value(IRenderedComponent<JsonTreeView> tree, string path) =>
        tree.Find($"[data-path='{path}'] [data-testid=json-value]");
}
