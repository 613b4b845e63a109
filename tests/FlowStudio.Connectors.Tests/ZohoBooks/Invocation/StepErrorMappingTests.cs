using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>The client's failures become step errors the engine can act on: transient (with a wait) or permanent.</summary>
public sealed class StepErrorMappingTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>, IAsyncLifetime
{
    private ZohoModuleHarness Harness => fixture.Harness;

    public ValueTask InitializeAsync() => new(fixture.Sandbox.ClearFaultsAsync());

    public ValueTask DisposeAsync() => new(fixture.Sandbox.ClearFaultsAsync());

    [Fact]
    public async Task NotFound_IsPermanentWithZohoCode()
    {
        var result = await Harness.InvokeAsync("invoices.get", new { invoice_id = "999999999" });

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeFalse();
        failure.Code.ShouldBe("zoho.1002");
        failure.Message.ShouldContain("Get invoice");
    }

    [Fact]
    public async Task ZohoValidation_IsPermanentWithZohoCode()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);
        var invoice = await Harness.OutputAsync("invoices.create", new { customer_id = customer.ContactId, line_items = new[] { new { item_id = item.ItemId, rate = 1m, quantity = 1 } } });

        var result = await Harness.InvokeAsync("invoices.email", new { invoice_id = invoice.GetProperty("invoice_id").GetString(), to_mail_ids = new List<string> { "not-an-address" } });

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeFalse();
        failure.Code.ShouldBe("zoho.2");
        failure.Message.ShouldStartWith("Zoho Books rejected the data for Email invoice:");
    }

    [Fact]
    public async Task Throttled_BeyondTheRetries_IsTransientWithTheRetryAfterZohoSent()
    {
        await using var harness = new ZohoModuleHarness(fixture.Sandbox, o => o.MaxRetryAttempts = 1);
        await fixture.Sandbox.SetFaultsAsync(new { throttle_next_requests = 5, retry_after_seconds = 1 });

        var result = await harness.InvokeAsync("taxes.list", new { });

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeTrue();
        failure.Code.ShouldBe("zoho.44");
        failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Throttled_WithoutRetryAfter_WaitsForTheNextMinuteWindow()
    {
        await using var sandbox = await SandboxServer.StartAsync(o =>
        {
            o.RateLimitEnabled = true;
            o.RateLimitPerMinute = 1;
        });
        await using var harness = new ZohoModuleHarness(sandbox, o => o.MaxRetryAttempts = 1);
        await harness.OutputAsync("taxes.list", new { });

        var result = await harness.InvokeAsync("items.list", new { });

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeTrue();
        failure.Code.ShouldBe("zoho.44");
        failure.RetryAfter.ShouldBe(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task ServerErrors_BeyondTheRetries_AreTransient()
    {
        await fixture.Sandbox.SetFaultsAsync(new { fail_next_requests = 10, error_status_code = 503 });

        var result = await Harness.InvokeAsync("items.list", new { });

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeTrue();
        failure.Code.ShouldBe("zoho.1000");
        failure.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public async Task Cancellation_Propagates()
    {
        await fixture.Sandbox.SetFaultsAsync(new { hang_next_requests = 1, hang_ms = 20_000 });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Should.ThrowAsync<OperationCanceledException>(() =>
            Harness.Module.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }), ZohoModuleHarness.SandboxConnection(), cancel.Token));
    }

    [Fact]
    public async Task RevokedRefreshToken_IsPermanentAndNeverShowsTheSecret()
    {
        const string refreshToken = "1000.revoked0refresh0token0value";
        var connection = ZohoModuleHarness.SandboxConnection(id: "revoked", refreshToken: refreshToken);

        var result = await Harness.Module.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }, connection: "revoked"), connection, TestContext.Current.CancellationToken);

        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeFalse();
        failure.Code.ShouldBe("zoho.57");
        failure.Message.ShouldContain("refresh token is revoked");
        failure.Message.ShouldNotContain(refreshToken);
        failure.Message.ShouldNotContain(ZohoSandboxDemo.ClientSecret);
    }

    [Fact]
    public async Task IncompleteConnection_IsPermanentAndSendsNothing()
    {
        var before = Harness.Calls.Count;
        var connection = ZohoModuleHarness.SandboxConnection(id: "incomplete", clientSecret: string.Empty);

        var result = await Harness.Module.InvokeAsync(ZohoModuleHarness.Call("taxes.list", new { }, connection: "incomplete"), connection, TestContext.Current.CancellationToken);

        result.Failure.ShouldNotBeNull().Code.ShouldBe("zoho.connection");
        result.Failure.Message.ShouldContain("ClientSecret");
        Harness.Calls.Count.ShouldBe(before);
    }
}
