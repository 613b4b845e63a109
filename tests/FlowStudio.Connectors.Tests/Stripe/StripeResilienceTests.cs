using FlowStudio.Connectors.Stripe;
using FlowStudio.Sandbox.Stripe;

namespace FlowStudio.Connectors.Tests.Stripe;

public sealed class StripeResilienceTests
{
    [Fact]
    public async Task Throttled_TwiceThenFree_RetriesHonouringRetryAfterAndSucceeds()
    {
        await using var fixture = new StripeFixture();
        await fixture.InitializeAsync();
        await fixture.Sandbox.SetFaultsAsync("stripe", new { throttleNextRequests = 2, retryAfterSeconds = 0 });

        var result = await fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe.customers.get", new { id = "cus_1FSbx0000000000000000001" });

        result.Failure.ShouldBeNull();
        fixture.Harness.Calls.Count(c => c.Status == System.Net.HttpStatusCode.TooManyRequests).ShouldBe(2);
    }

    [Fact]
    public async Task ServerErrors_BeyondTheRetries_FailTransiently()
    {
        await using var fixture = new StripeFixture();
        await fixture.InitializeAsync();
        await fixture.Sandbox.SetFaultsAsync("stripe", new { failNextRequests = 10, errorStatusCode = 503 });

        var result = await fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe.charges.list", new { });

        result.Failure!.IsTransient.ShouldBeTrue();
        result.Failure.Code.ShouldBe("stripe.api_error");
        fixture.Harness.Calls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task CreateAfterA500_IsRetriedWithTheSameIdempotencyKey_AndCreatesOneIntent()
    {
        await using var fixture = new StripeFixture();
        await fixture.InitializeAsync();
        await fixture.Sandbox.SetFaultsAsync("stripe", new { failNextRequests = 1 });

        var result = await fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe.payment_intents.create", new { amount = 42m, currency = "usd", description = "retry-once" }, "key-retry-once");

        result.Failure.ShouldBeNull();
        var all = await fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe.payment_intents.list", new { max_items = 1000 });
        all.Output!.Value.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("description").GetString() == "retry-once").ShouldBe(1);
    }

    [Fact]
    public async Task Logs_AfterCallsAndFailures_HoldNoSecretKey()
    {
        await using var fixture = new StripeFixture();
        await fixture.InitializeAsync();
        await fixture.Sandbox.SetFaultsAsync("stripe", new { failNextRequests = 1 });

        await fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe.customers.list", new { });
        await fixture.Harness.InvokeAsync(StripeFixture.Connection("sk_test_anotherSecretValue12345"), "stripe.customers.list", new { });

        var log = string.Join('\n', fixture.Harness.Logs.Lines);
        log.ShouldContain("Stripe GET customers");
        log.ShouldNotContain(StripeSandboxDemo.SecretKey);
        log.ShouldNotContain("sk_test_anotherSecretValue12345");
    }

    [Fact]
    public void Connection_ToString_MasksTheSecretKey()
    {
        var connection = StripeConnectionSettings.ToConnection(StripeFixture.Connection());

        connection.ToString().ShouldNotContain(StripeSandboxDemo.SecretKey);
        connection.ToString().ShouldContain("sk_test…");
        connection.BaseUrl.ToString().ShouldBe("http://localhost/sandbox/stripe/");
    }
}
