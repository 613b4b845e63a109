using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Shopify;
using FlowStudio.Sandbox.Tests.Stripe.Support;

namespace FlowStudio.Sandbox.Tests.Shopify;

public sealed class ShopifySandboxTests : IAsyncLifetime
{
    private const string Api = "/sandbox/shopify/admin/api/2024-07";
    private SandboxApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await SandboxApp.StartAsync((s, path) => s.AddShopifySandbox(o => o.DatabasePath = path), (r, policy) => r.MapShopifySandbox(policy));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, string token = ShopifySandboxDemo.AccessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Shopify-Access-Token", token);
        return await app.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Api_WrongToken_Answers401WithErrorsText()
    {
        using var response = await GetAsync(Api + "/orders.json", "shpat_nope");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("\"errors\":\"[API] Invalid API key or access token");
    }

    [Fact]
    public async Task Orders_Paging_FollowsLinkHeaderAndReportsTheBucket()
    {
        using var first = await GetAsync(Api + "/orders.json?status=any&limit=5");
        first.Headers.GetValues("X-Shopify-Shop-Api-Call-Limit").Single().ShouldBe("1/40");
        var link = first.Headers.GetValues("Link").Single();
        link.ShouldEndWith("rel=\"next\"");
        var next = new Uri(link[1..link.IndexOf('>', StringComparison.Ordinal)]);

        using var second = await GetAsync(next.PathAndQuery);
        using var body = JsonDocument.Parse(await second.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("orders").GetArrayLength().ShouldBe(3);
        second.Headers.Contains("Link").ShouldBeFalse();
        using var mixed = await GetAsync(next.PathAndQuery + "&status=any");
        mixed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task LeakyBucket_Full_Answers429WithRetryAfter()
    {
        HttpStatusCode last = HttpStatusCode.OK;
        string? retryAfter = null;
        for (var i = 0; i < 41 && last != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await GetAsync(Api + "/customers.json?limit=1");
            last = response.StatusCode;
            retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? values.Single() : null;
        }

        last.ShouldBe(HttpStatusCode.TooManyRequests);
        retryAfter.ShouldBe("2.0");
    }

    [Theory]
    [InlineData(ShopifySandboxConsole.OrderPaid, "orders/paid", null)]
    [InlineData(ShopifySandboxConsole.OrderFulfilled, "orders/fulfilled", "fulfilled")]
    public async Task Simulate_Order_DeliversTheOrderSignedWithShopifysHeaders(string eventKey, string topic, string? fulfillment)
    {
        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>($"/sandbox/shopify/_admin/simulate/{eventKey}", new { hookUrl = SandboxApp.HookUrl });

        delivery.Status.ShouldBe(200);
        var hook = app.Hooks.Deliveries.Single();
        hook.Headers["X-Shopify-Topic"].ShouldBe(topic);
        hook.Headers["X-Shopify-Event-Id"].ShouldBe(delivery.EventId);
        hook.Headers["X-Shopify-Shop-Domain"].ShouldBe(ShopifySandboxDemo.ShopDomain);
        hook.Headers.ShouldContainKey("X-Shopify-Webhook-Id");
        hook.Headers.ShouldContainKey("X-Shopify-Triggered-At");
        hook.Headers["X-Shopify-Hmac-Sha256"].ShouldBe(Convert.ToBase64String(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(ShopifySandboxDemo.WebhookSigningSecret), hook.Body)));
        using var order = JsonDocument.Parse(hook.Body);
        order.RootElement.GetProperty("financial_status").GetString().ShouldBe("paid");
        (order.RootElement.GetProperty("fulfillment_status").ValueKind == JsonValueKind.Null ? null : order.RootElement.GetProperty("fulfillment_status").GetString())
            .ShouldBe(fulfillment);
        order.RootElement.GetProperty("total_price").GetString().ShouldNotBeNullOrEmpty();
    }
}
