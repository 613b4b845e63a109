using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Sandbox.Tests.Stripe.Support;

namespace FlowStudio.Sandbox.Tests.Stripe;

/// <summary>The Stripe sandbox over HTTP, checked against Stripe's documented shapes.</summary>
public sealed class StripeSandboxTests : IAsyncLifetime
{
    private SandboxApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await SandboxApp.StartAsync((s, path) => s.AddStripeSandbox(o => o.DatabasePath = path), (r, policy) => r.MapStripeSandbox(policy));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static HttpRequestMessage Request(HttpMethod method, string path, string? key = StripeSandboxDemo.SecretKey, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        return request;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var response = await app.Client.SendAsync(request, Ct);
            var text = await response.Content.ReadAsStringAsync(Ct);
            return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), response);
        }
    }

    [Fact]
    public async Task Api_WithoutKeyOrWithWrongKey_Answers401InStripesEnvelope()
    {
        var (status, body, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/customers", key: null));
        status.ShouldBe(HttpStatusCode.Unauthorized);
        body.GetProperty("error").GetProperty("type").GetString().ShouldBe("invalid_request_error");

        var (wrong, wrongBody, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/customers", key: "sk_test_nope1234567890"));
        wrong.ShouldBe(HttpStatusCode.Unauthorized);
        wrongBody.GetProperty("error").GetProperty("message").GetString()!.ShouldStartWith("Invalid API Key provided");
        wrongBody.GetProperty("error").GetProperty("message").GetString()!.ShouldNotContain("nope1234567890");
    }

    [Fact]
    public async Task Lists_PageWithStartingAfter_NewestFirstWithHasMore()
    {
        var (_, first, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/customers?limit=4"));
        first.GetProperty("object").GetString().ShouldBe("list");
        first.GetProperty("url").GetString().ShouldBe("/v1/customers");
        first.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var ids = first.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        ids.Count.ShouldBe(4);
        var created = first.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("created").GetInt64()).ToList();
        created.ShouldBe(created.OrderByDescending(c => c).ToList());

        var (_, second, _) = await SendAsync(Request(HttpMethod.Get, $"/sandbox/stripe/v1/customers?limit=4&starting_after={ids[^1]}"));
        second.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        second.GetProperty("data").GetArrayLength().ShouldBe(2);
        second.GetProperty("data").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ShouldNotContain(ids[^1]);

        var (bad, badBody, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/customers?limit=101"));
        bad.ShouldBe(HttpStatusCode.BadRequest);
        badBody.GetProperty("error").GetProperty("param").GetString().ShouldBe("limit");
    }

    [Fact]
    public async Task CreatePaymentIntent_SameIdempotencyKey_ReplaysWithHeader_AndOtherParamsIsIdempotencyError()
    {
        KeyValuePair<string, string>[] form = [new("amount", "2000"), new("currency", "usd"), new("metadata[order]", "1001")];
        var first = Request(HttpMethod.Post, "/sandbox/stripe/v1/payment_intents", form: form);
        first.Headers.Add("Idempotency-Key", "order-1001");
        var (status, created, _) = await SendAsync(first);
        status.ShouldBe(HttpStatusCode.OK);
        created.GetProperty("metadata").GetProperty("order").GetString().ShouldBe("1001");

        var again = Request(HttpMethod.Post, "/sandbox/stripe/v1/payment_intents", form: form);
        again.Headers.Add("Idempotency-Key", "order-1001");
        var (_, replayed, response) = await SendAsync(again);
        replayed.GetProperty("id").GetString().ShouldBe(created.GetProperty("id").GetString());
        response.Headers.GetValues("Idempotent-Replayed").Single().ShouldBe("true");

        var other = Request(HttpMethod.Post, "/sandbox/stripe/v1/payment_intents", form: [new("amount", "2001"), new("currency", "usd")]);
        other.Headers.Add("Idempotency-Key", "order-1001");
        var (conflict, error, _) = await SendAsync(other);
        conflict.ShouldBe(HttpStatusCode.BadRequest);
        error.GetProperty("error").GetProperty("type").GetString().ShouldBe("idempotency_error");
    }

    [Fact]
    public async Task CreatePaymentIntent_MissingAmount_Answers400NamingTheParam()
    {
        var (status, body, _) = await SendAsync(Request(HttpMethod.Post, "/sandbox/stripe/v1/payment_intents", form: [new("currency", "usd")]));

        status.ShouldBe(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetProperty("code").GetString().ShouldBe("parameter_missing");
        body.GetProperty("error").GetProperty("param").GetString().ShouldBe("amount");
    }

    [Fact]
    public async Task SimulatePaymentSucceeded_DeliversAStripeSignedEventThatVerifiesWithTheSigningSecret()
    {
        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>(
            "/sandbox/stripe/_admin/simulate/payment-succeeded", new { hookUrl = SandboxApp.HookUrl, amount = 310.25m, currency = "eur" });

        delivery.Status.ShouldBe(200);
        delivery.Topic.ShouldBe("payment_intent.succeeded");
        var hook = app.Hooks.Deliveries.Single();
        var header = hook.Headers["Stripe-Signature"];
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(StripeSandboxDemo.WebhookSigningSecret), (byte[])[.. Encoding.UTF8.GetBytes(parts["t"] + "."), .. hook.Body]));
        parts["v1"].ShouldBe(expected);

        using var evt = JsonDocument.Parse(hook.Body);
        evt.RootElement.GetProperty("id").GetString().ShouldBe(delivery.EventId);
        evt.RootElement.GetProperty("type").GetString().ShouldBe("payment_intent.succeeded");
        var intent = evt.RootElement.GetProperty("data").GetProperty("object");
        intent.GetProperty("amount").GetInt64().ShouldBe(31025);
        intent.GetProperty("currency").GetString().ShouldBe("eur");
        intent.GetProperty("status").GetString().ShouldBe("succeeded");

        var (_, stored, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/events/" + delivery.EventId));
        stored.GetProperty("type").GetString().ShouldBe("payment_intent.succeeded");
    }

    [Fact]
    public async Task SimulatePaymentSucceeded_HookAnswers500_ReportsTheAnswer()
    {
        app.Hooks.AnswerStatus = 500;

        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/stripe/_admin/simulate/payment-succeeded", new { hookUrl = SandboxApp.HookUrl });

        delivery.Status.ShouldBe(500);
        delivery.Body.ShouldBe("received");
    }

    [Fact]
    public async Task SimulatePaymentSucceeded_BadHookUrlOrAmount_Answers400AndCreatesNothing()
    {
        var (_, before, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/payment_intents?limit=100"));

        using var badUrl = await app.Admin.PostAsync(new Uri("/sandbox/stripe/_admin/simulate/payment-succeeded", UriKind.Relative),
            JsonContent("""{"hookUrl":"ftp://nope"}"""), Ct);
        badUrl.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badUrl.Content.ReadAsStringAsync(Ct)).ShouldContain("hook_url");
        using var badAmount = await app.Admin.PostAsync(new Uri("/sandbox/stripe/_admin/simulate/payment-succeeded", UriKind.Relative),
            JsonContent($$"""{"hookUrl":"{{SandboxApp.HookUrl}}","amount":1.005}"""), Ct);
        badAmount.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var (_, after, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/payment_intents?limit=100"));
        after.GetProperty("data").GetArrayLength().ShouldBe(before.GetProperty("data").GetArrayLength());
        app.Hooks.Deliveries.ShouldBeEmpty();
    }

    [Fact]
    public async Task Admin_WithoutAdmin_IsRefused_AndResetRestoresTheSeed()
    {
        using var anonymous = await app.Client.PostAsync(new Uri("/sandbox/stripe/_admin/reset", UriKind.Relative), null, Ct);
        anonymous.IsSuccessStatusCode.ShouldBeFalse();

        await SendAsync(Request(HttpMethod.Post, "/sandbox/stripe/v1/customers", form: [new("email", "extra@example.com")]));
        using var reset = await app.Admin.PostAsync(new Uri("/sandbox/stripe/_admin/reset", UriKind.Relative), null, Ct);
        reset.EnsureSuccessStatusCode();

        var (_, customers, _) = await SendAsync(Request(HttpMethod.Get, "/sandbox/stripe/v1/customers?limit=100"));
        customers.GetProperty("data").GetArrayLength().ShouldBe(6);
        customers.GetProperty("data")[5].GetProperty("id").GetString().ShouldBe("cus_1FSbx0000000000000000001");
    }

    private static StringContent JsonContent(string json) => new(json, Encoding.UTF8, "application/json");
}
