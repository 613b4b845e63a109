using System.Collections.Immutable;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class PaletteCatalogTests
{
    [Fact]
    public void Items_BuiltIns_GroupedAsTheIssueNamesThem()
    {
        var palette = DesignerTestFlows.Palette();

        palette.Find(NodeTypeKeys.WebhookTrigger)!.Group.ShouldBe(PaletteGroups.Triggers);
        palette.Find(NodeTypeKeys.Condition)!.Group.ShouldBe(PaletteGroups.Logic);
        palette.Find(NodeTypeKeys.Map)!.Group.ShouldBe(PaletteGroups.Data);
        palette.Items[0].Group.ShouldBe(PaletteGroups.Triggers);
    }

    [Fact]
    public void Items_ConnectorOperations_UseModuleCategoryOrConnectorKey()
    {
        var catalog = NodeCatalog.CreateBuiltIn();
        catalog.AddOperation(new ConnectorOperationDescriptor { Connector = "zoho-books", Operation = "payments.create", DisplayName = "Record payment" });
        catalog.AddOperation(new ConnectorOperationDescriptor { Connector = "acme-erp", Operation = "orders.list", DisplayName = "List orders" });

        var palette = new PaletteCatalog(catalog, [new ZohoModule()]);

        var record = palette.Find("zoho-books.payments.create")!;
        record.Group.ShouldBe("Zoho Books");
        record.NodeType.ShouldBe(NodeTypeKeys.ConnectorAction);
        NodeConfig.GetString(record.Config!.Value, "operation").ShouldBe("zoho-books.payments.create");
        palette.Find("acme-erp.orders.list")!.Group.ShouldBe("Acme Erp");
        palette.AppearanceOf(new FlowNode { Id = "x", Type = NodeTypeKeys.ConnectorAction, Config = record.Config.Value })
            .ShouldBe(new NodeAppearance("Icons.Material.Filled.MenuBook", "Zoho Books · Record payment", "Zoho Books"));
    }

    [Fact]
    public void IconNames_ResolvesMudIconsAndFallsBack()
    {
        IconNames.Resolve("Icons.Material.Filled.Bolt").ShouldBe(MudBlazor.Icons.Material.Filled.Bolt);
        IconNames.Resolve("Icons.Material.Filled.NoSuchIcon").ShouldBe(IconNames.Fallback);
    }

    private sealed class ZohoModule : IConnectorModule
    {
        public string Connector => "zoho-books";

        public string DisplayName => "Zoho Books";

        public string Category => "Zoho Books";

        public string Icon => "Icons.Material.Filled.MenuBook";

        public ImmutableArray<ConnectorOperationDescriptor> Operations => [];

        public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields => [];

        public Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The palette never calls a connector.");

        public Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The palette never tests a connection.");
    }
}
