using System.Net;
using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

/// <summary>Recovery from the sandbox's injected 429s, 5xx and hangs, and what happens when they outlast the retries.</summary>
public sealed class ResilienceTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await fixture.Sandbox.ClearFaultsAsync();
        await fixture.Harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);
        fixture.Harness.Calls.Clear();
    }

    public ValueTask DisposeAsync() => new(fixture.Sandbox.ClearFaultsAsync());

    [Fact]
    public async Task Throttled_TwiceWithCode44_BacksOffAndSucceeds()
    {
        await fixture.Sandbox.SetFaultsAsync(new { throttle_next_requests = 2, retry_after_seconds = 0 });

        var taxes = await fixture.Harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        taxes.ShouldNotBeEmpty();
        fixture.Harness.ApiCalls.Select(c => c.Status).ShouldBe([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.OK]);
    }

    [Fact]
    public async Task Throttled_HonoursRetryAfter()
    {
        await fixture.Sandbox.SetFaultsAsync(new { throttle_next_requests = 1, retry_after_seconds = 1 });
        var started = System.Diagnostics.Stopwatch.StartNew();

        await fixture.Harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        started.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task ServerErrors_TwiceWith503_RetriesAndSucceeds()
    {
        await fixture.Sandbox.SetFaultsAsync(new { fail_next_requests = 2, error_status_code = 503 });

        var items = await fixture.Harness.Client.ListItemsAsync(Ct).ToListAsync(Ct);

        items.ShouldNotBeEmpty();
        fixture.Harness.ApiCalls.Select(c => c.Status).ShouldBe([HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);
    }

    [Fact]
    public async Task ServerErrors_OutlastingTheRetries_ThrowTransientWithCode1000()
    {
        await fixture.Sandbox.SetFaultsAsync(new { fail_next_requests = 10 });

        var error = await Should.ThrowAsync<ZohoBooksTransientException>(() => fixture.Harness.Client.GetInvoiceAsync("1", Ct));

        error.Code.ShouldBe(ZohoErrorCodes.InternalError);
        error.HttpStatus.ShouldBe(500);
        fixture.Harness.ApiCalls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Throttling_OutlastingTheRetries_ThrowsRateLimit()
    {
        await fixture.Sandbox.SetFaultsAsync(new { throttle_next_requests = 10, retry_after_seconds = 0 });

        var error = await Should.ThrowAsync<ZohoBooksRateLimitException>(() => fixture.Harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct).AsTask());

        error.Code.ShouldBe(ZohoErrorCodes.RateLimitPerMinute);
    }

    [Fact]
    public async Task Hang_LongerThanTheAttemptTimeout_IsCutOffAndRetried()
    {
        await using var harness = new ZohoClientHarness(fixture.Sandbox, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(400));
        await fixture.Sandbox.SetFaultsAsync(new { hang_next_requests = 1, hang_ms = 20_000 });
        var started = System.Diagnostics.Stopwatch.StartNew();

        var taxes = await harness.Client.ListTaxesAsync(Ct).ToListAsync(Ct);

        taxes.ShouldNotBeEmpty();
        started.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        harness.ApiCalls.Select(c => c.Status).ShouldBe([null, HttpStatusCode.OK]);
    }
}
