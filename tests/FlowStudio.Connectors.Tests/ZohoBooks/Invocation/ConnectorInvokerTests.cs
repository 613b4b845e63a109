using FlowStudio.Connectors.Tests.ZohoBooks.Support;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>The engine's connector invoker finds the module by operation prefix and the connection through the resolver.</summary>
public sealed class ConnectorInvokerTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task ZohoOperation_IsDispatchedToTheModuleWithTheResolvedConnection()
    {
        var result = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }), Ct);

        result.Failure.ShouldBeNull();
        result.Output!.Value.GetProperty("taxes").GetArrayLength().ShouldBeGreaterThan(0);
        Harness.Invoker.FindModule("zoho-books.taxes.list").ShouldBeSameAs(Harness.Module);
    }

    [Fact]
    public async Task UnknownOperation_FailsPermanently()
    {
        var otherConnector = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }) with { Operation = "stripe.charges.list" }, Ct);
        var undeclared = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("invoices.delete_everything", new { }), Ct);

        otherConnector.Failure.ShouldNotBeNull().Code.ShouldBe("connector.unknown_operation");
        undeclared.Failure.ShouldNotBeNull().Code.ShouldBe("connector.unknown_operation");
        undeclared.Failure.IsTransient.ShouldBeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task NoConnectionChosen_FailsPermanently(string? connection)
    {
        var result = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }, connection: connection), Ct);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("connector.no_connection");
        result.Failure.Message.ShouldContain("Zoho Books");
    }

    [Fact]
    public async Task DeletedConnection_FailsPermanently()
    {
        var result = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }, connection: "gone"), Ct);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("connector.connection_not_found");
    }

    [Fact]
    public async Task ConnectionOfAnotherConnector_FailsPermanentlyWithoutCallingZoho()
    {
        Harness.Connections.Add(new("slack-1", "Team Slack", "slack", false, new Dictionary<string, string>(), new Dictionary<string, string>()));
        var before = Harness.Calls.Count;

        var result = await Harness.Invoker.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }, connection: "slack-1"), Ct);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("connector.connection_mismatch");
        Harness.Calls.Count.ShouldBe(before);
    }
}
