using Bunit;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Web.Components.Designer.Properties;
using FlowStudio.Web.Tests.Designer.Properties;
using FlowStudio.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FlowStudio.Web.Tests.Lookups;

public sealed class LookupTablePickerTests
{
    // No built-in node type has a lookup table field yet; a connector may add one.
    private static readonly NodeTypeDescriptor Translate = new()
    {
        TypeKey = "logic.translate",
        Category = NodeCategory.Logic,
        DisplayName = "Translate",
        Icon = "Icons.Material.Filled.Translate",
        Description = "Translates a value through a lookup table.",
        ConfigFields = [new ConfigFieldDescriptor("table", "Table", ConfigFieldType.LookupTable) { Required = true }],
    };

    private readonly List<FlowNode> changes = [];

    private static FlowDefinition Flow(string config = "{}") => new FlowBuilder().Node("t", Translate.TypeKey, config).Build();

    [Fact]
    public async Task Picker_WithStore_ListsStoredTablesAndLinksToTheEditor()
    {
        var catalog = NodeCatalog.CreateBuiltIn();
        catalog.Add(Translate);
        await using var context = new LookupPageContext(
            FixedAuthenticationStateProvider.Person("u1", "designer@flowstudio.local", Roles.Designer),
            s => s.AddSingleton<INodeCatalog>(catalog).AddSingleton(new ExpressionEngine(TimeProvider.System)));
        await context.Store.ImportCsvAsync(
            null, "tax_codes", new StringReader("region,code\nUK,VAT20\n"), new LookupTableOptions("region"), null,
            new AuditActor("seed", "seed", null), cancellationToken: Xunit.TestContext.Current.CancellationToken);
        var popovers = context.Render<MudPopoverProvider>();

        var panel = context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, Flow("""{ "table": "tax_codes" }"""))
            .Add(x => x.NodeId, "t")
            .Add(x => x.NodeChanged, node => changes.Add(node)));
        var select = panel.FindComponent<MudSelect<string>>();
        await panel.InvokeAsync(() => select.Instance.OpenMenu());

        popovers.FindComponents<MudSelectItem<string>>().Select(i => i.Instance.Value).ShouldBe(["tax_codes"]);
        panel.Find("[data-testid=lookup-open]").GetAttribute("href").ShouldBe("/lookups?table=tax_codes");
        await panel.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync("tax_codes"));
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "table").ShouldBe("tax_codes");
    }

    [Fact]
    public async Task Picker_WithoutStore_TakesATypedNameAndFlagsItMissing()
    {
        await using var context = new PanelTestContext();
        context.Catalog.Add(Translate);

        var panel = context.Render<NodePropertiesPanel>(p => p
            .Add(x => x.Flow, Flow())
            .Add(x => x.NodeId, "t")
            .Add(x => x.NodeChanged, node => changes.Add(node)));

        panel.Find("[data-testid=properties-missing]").TextContent.ShouldBe("Required: Table");
        panel.Find("[data-testid=lookup-open]").GetAttribute("href").ShouldBe("/lookups");
        panel.Find("input[data-testid=lookup-input]").Change("tax_codes");
        NodeConfig.GetString(changes.ShouldHaveSingleItem().Config, "table").ShouldBe("tax_codes");
    }
}
