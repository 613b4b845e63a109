using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Connectors.ZohoBooks.Invocation;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>What the module declares: every operation dispatched, list limits, connection fields.</summary>
public sealed class ModuleDeclarationTests
{
    [Fact]
    public void EveryDeclaredOperation_HasAHandler_AndNoHandlerIsUndeclared()
    {
        var declared = ZohoBooksOperations.All.Select(o => o.Key).ToList();

        declared.Where(key => ZohoOperationHandlers.Find(key) is null).ShouldBeEmpty("operations declared but not dispatched");
        ZohoOperationHandlers.Keys.Except(declared).ShouldBeEmpty("handlers for operations nobody declared");
    }

    [Fact]
    public void ListOperations_AreStreamedAndTakeALimit_OthersAreNot()
    {
        var module = new ZohoBooksModule(null!);

        foreach (var operation in ZohoBooksOperations.All)
        {
            var isListRead = operation.Kind == ConnectorOperationKind.DataSource && operation.Output!.IsList;
            module.CanStream(operation.Key).ShouldBe(isListRead, operation.Key);
            operation.Inputs.Any(i => i.Key == "limit").ShouldBe(isListRead, operation.Key);
        }

        var limit = ZohoBooksOperations.Find("zoho-books.invoices.list")!.Inputs.Single(i => i.Key == "limit");
        limit.DefaultValue.ShouldBe("200");
        limit.Maximum.ShouldBe(1000m);
    }

    [Fact]
    public void Module_DescribesZohoBooksAndItsConnectionForm()
    {
        var module = new ZohoBooksModule(null!);

        module.Connector.ShouldBe("zoho-books");
        module.DisplayName.ShouldBe("Zoho Books");
        module.Category.ShouldBe("Zoho Books");
        module.Icon.ShouldStartWith("Icons.Material.");
        module.Operations.Length.ShouldBe(ZohoBooksOperations.All.Length);
        module.ConnectionFields.Select(f => f.Key).ShouldBe(
        [
            ZohoBooksConnectionSettings.DataCenter, ZohoBooksConnectionSettings.ClientId, ZohoBooksConnectionSettings.ClientSecret,
            ZohoBooksConnectionSettings.RefreshToken, ZohoBooksConnectionSettings.OrganizationId, ZohoBooksConnectionSettings.RequestsPerMinute,
        ]);
        module.ConnectionFields.Where(f => f.IsSecret).Select(f => f.Key).ShouldBe([ZohoBooksConnectionSettings.ClientSecret, ZohoBooksConnectionSettings.RefreshToken]);
        module.ConnectionFields.Single(f => f.Key == ZohoBooksConnectionSettings.DataCenter).Options.Select(o => o.Key).ShouldBe(ZohoDataCenters.All, ignoreOrder: true);
        var perMinute = module.ConnectionFields.Single(f => f.Key == ZohoBooksConnectionSettings.RequestsPerMinute);
        perMinute.Required.ShouldBeFalse();
        perMinute.DefaultValue.ShouldBe("100");
    }

    [Fact]
    public async Task UndeclaredOperation_FailsWithoutTouchingTheConnection()
    {
        var module = new ZohoBooksModule(null!);

        var result = await module.InvokeAsync(ZohoModuleHarness.Call("invoices.shred", new { }), ZohoModuleHarness.SandboxConnection(), TestContext.Current.CancellationToken);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("connector.unknown_operation");
    }
}
