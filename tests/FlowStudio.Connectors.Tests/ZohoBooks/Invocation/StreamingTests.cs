using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Core.Expressions;
using FlowStudio.Sandbox.ZohoBooks.Seeding;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>
/// A list step's <c>stream</c> handle, read by the engine's for-each through <see cref="ConnectorItemStreamSource"/>,
/// walks every page lazily. Pages are 25 records here so a few hundred invoices span many pages.
/// </summary>
public sealed class StreamingTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>, IAsyncLifetime
{
    private const int PageSize = 25;

    private readonly SandboxServer sandbox = fixture.Sandbox;
    private readonly ZohoModuleHarness harness = new(fixture.Sandbox, o => o.PageSize = PageSize);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => new(sandbox.ClearFaultsAsync());

    public async ValueTask DisposeAsync()
    {
        await sandbox.ClearFaultsAsync();
        await harness.DisposeAsync();
    }

    [Fact]
    public async Task ForEachOverTheStream_ReadsEveryInvoiceAcrossAllPages()
    {
        var output = await harness.OutputAsync("invoices.list", new { limit = 10 });
        var handle = ItemsExpression(output, "[steps.list_invoices.output.stream]");
        harness.Calls.Clear();

        var invoices = await harness.Streams.OpenAsync(handle, Ct).ToListAsync(Ct);

        var ids = invoices.Select(i => i.GetProperty("invoice_id").GetString()).ToList();
        ids.Count.ShouldBeGreaterThanOrEqualTo(ZohoDemoSeeder.InvoiceCount);
        ids.ShouldBeUnique();
        invoices.ShouldAllBe(i => i.GetProperty("total").ValueKind == JsonValueKind.Number);
        var pages = harness.ApiCalls.Count(c => c.Uri.AbsolutePath.EndsWith("/invoices", StringComparison.Ordinal));
        pages.ShouldBe((ids.Count + PageSize - 1) / PageSize);
    }

    [Fact]
    public async Task Stream_FetchesOnlyThePagesTheLoopReaches()
    {
        var output = await harness.OutputAsync("invoices.list", new { status = "paid", limit = 5 });
        harness.Calls.Clear();

        var firstThirty = await harness.Streams.OpenAsync(output.GetProperty("stream"), Ct).Take(30).ToListAsync(Ct);

        firstThirty.Count.ShouldBe(30);
        firstThirty.ShouldAllBe(i => i.GetProperty("status").GetString() == "paid");
        harness.ApiCalls.Count.ShouldBe(2);
        harness.ApiCalls.ShouldAllBe(c => c.Uri.Query.Contains("status=paid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListStep_StopsAtItsLimitAcrossPages()
    {
        harness.Calls.Clear();

        var output = await harness.OutputAsync("invoices.list", new { limit = 60 });

        output.GetProperty("invoices").GetArrayLength().ShouldBe(60);
        output.GetProperty("count").GetInt32().ShouldBe(60);
        output.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        harness.ApiCalls.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Stream_OfADeletedConnection_FailsWithAStepError()
    {
        var output = await harness.OutputAsync("taxes.list", new { });
        var handle = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["$stream"] = "connector",
            ["connection"] = "deleted-connection",
            ["operation"] = "zoho-books.taxes.list",
            ["input"] = new { },
        });

        var error = await Should.ThrowAsync<ConnectorStreamException>(() => harness.Streams.OpenAsync(handle, Ct).ToListAsync(Ct).AsTask());

        output.GetProperty("stream").GetProperty("operation").GetString().ShouldBe("zoho-books.taxes.list");
        error.Error.Code.ShouldBe("connector.connection_not_found");
    }

    [Fact]
    public async Task Stream_OverAnotherConnectorsConnection_OrNotAConnectorHandle_FailsPermanently()
    {
        harness.Connections.Add(new("slack-1", "Team Slack", "slack", false, new Dictionary<string, string>(), new Dictionary<string, string>()));
        var mismatched = new ConnectorStreamHandle("slack-1", "zoho-books.taxes.list", JsonSerializer.SerializeToElement(new { })).ToJson();
        var fileHandle = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["$stream"] = "file", ["path"] = "x.csv" });

        var mismatch = await Should.ThrowAsync<ConnectorStreamException>(() => harness.Streams.OpenAsync(mismatched, Ct).ToListAsync(Ct).AsTask());
        var foreign = await Should.ThrowAsync<ConnectorStreamException>(() => harness.Streams.OpenAsync(fileHandle, Ct).ToListAsync(Ct).AsTask());

        mismatch.Error.Code.ShouldBe("connector.connection_mismatch");
        foreign.Error.Code.ShouldBe("connector.stream_handle");
    }

    [Fact]
    public async Task Stream_OfAnActionOrWithBadInput_FailsPermanently()
    {
        var action = Handle("zoho-books.invoices.create", new { });
        var badInput = Handle("zoho-books.invoices.list", new { date_start = "yesterday" });

        var notStreamable = await Should.ThrowAsync<ConnectorStreamException>(() => harness.Streams.OpenAsync(action, Ct).ToListAsync(Ct).AsTask());
        var invalid = await Should.ThrowAsync<ConnectorStreamException>(() => harness.Streams.OpenAsync(badInput, Ct).ToListAsync(Ct).AsTask());

        notStreamable.Error.Code.ShouldBe("connector.stream_unsupported");
        invalid.Error.Code.ShouldBe("zoho.input");
        invalid.Error.Message.ShouldContain("'date_start' expected a date");
    }

    [Fact]
    public async Task Stream_FailingMidway_ReportsATransientStepError()
    {
        var handle = Handle("zoho-books.invoices.list", new { });
        await using var stream = harness.Streams.OpenAsync(handle, Ct).GetAsyncEnumerator(Ct);
        for (var i = 0; i < PageSize; i++)
        {
            (await stream.MoveNextAsync()).ShouldBeTrue();
        }

        await sandbox.SetFaultsAsync(new { fail_next_requests = 10 });
        var error = await Should.ThrowAsync<ConnectorStreamException>(async () => await stream.MoveNextAsync());

        error.Error.IsTransient.ShouldBeTrue();
        error.Error.Code.ShouldBe("zoho.1000");
    }

    /// <summary>What a for-each's items expression gives when it points at the list step's stream.</summary>
    private static JsonElement ItemsExpression(JsonElement listOutput, string expression)
    {
        var scope = new ExpressionScope { Steps = new Dictionary<string, JsonElement> { ["list_invoices"] = listOutput } };
        return new ExpressionEngine(TimeProvider.System).Evaluate(expression, scope).ShouldBeOfType<JsonElement>();
    }

    private static JsonElement Handle(string operation, object input) =>
        new ConnectorStreamHandle(ZohoModuleHarness.ConnectionId, operation, JsonSerializer.SerializeToElement(input)).ToJson();
}
