using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Ramp;
using FlowStudio.Sandbox.Tests.Stripe.Support;

namespace FlowStudio.Sandbox.Tests.Ramp;

public sealed class RampSandboxTests : IAsyncLifetime
{
    private SandboxApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await SandboxApp.StartAsync((s, path) => s.AddRampSandbox(o => o.DatabasePath = path), (r, policy) => r.MapRampSandbox(policy));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<HttpResponseMessage> TokenAsync(string secret = RampSandboxDemo.ClientSecret, string scope = "transactions:read")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/sandbox/ramp/developer/v1/token", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", scope)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(RampSandboxDemo.ClientId + ":" + secret)));
        return await app.Client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task Token_ClientCredentials_IssuesABearerToken_AndWrongSecretIsInvalidClient()
    {
        using var ok = await TokenAsync();
        using var body = JsonDocument.Parse(await ok.Content.ReadAsStringAsync(Ct));
        body.RootElement.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.RootElement.GetProperty("expires_in").GetInt32().ShouldBeGreaterThan(0);

        using var wrong = await TokenAsync("nope");
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("invalid_client");
    }

    [Fact]
    public async Task Transactions_PageNext_IsAFullUrlUntilTheLastPage()
    {
        using var token = await TokenAsync();
        var access = JsonDocument.Parse(await token.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
        var url = "/sandbox/ramp/developer/v1/transactions?page_size=5&state=CLEARED";
        var seen = new List<string>();
        for (var pages = 0; url is not null; pages++)
        {
            pages.ShouldBeLessThan(10);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.RelativeOrAbsolute));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
            using var response = await app.Client.SendAsync(request, Ct);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            seen.AddRange(page.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("state").GetString()!));
            var next = page.RootElement.GetProperty("page").GetProperty("next");
            url = next.ValueKind == JsonValueKind.Null ? null : new Uri(next.GetString()!).PathAndQuery;
            url?.ShouldContain("state=CLEARED");
        }

        seen.Count.ShouldBe(8);
        seen.ShouldAllBe(s => s == "CLEARED");
    }

    [Fact]
    public async Task SimulateTransactionCleared_DeliversAnIdOnlyEventSignedInHex_AndTheTransactionExists()
    {
        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/ramp/_admin/simulate/transaction-cleared", new { hookUrl = SandboxApp.HookUrl, amount = 77.25m });

        delivery.Status.ShouldBe(200);
        var hook = app.Hooks.Deliveries.Single();
        hook.Headers["X-Ramp-Webhook-Signature"].ShouldBe(Convert.ToHexStringLower(
            HMACSHA256.HashData(Encoding.UTF8.GetBytes(RampSandboxDemo.WebhookSigningSecret), hook.Body)));
        using var evt = JsonDocument.Parse(hook.Body);
        evt.RootElement.GetProperty("type").GetString().ShouldBe("transactions.cleared");
        var id = evt.RootElement.GetProperty("object").GetProperty("id").GetString();

        using var token = await TokenAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sandbox/ramp/developer/v1/transactions/" + id, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JsonDocument.Parse(await token.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString());
        using var response = await app.Client.SendAsync(request, Ct);
        using var transaction = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        transaction.RootElement.GetProperty("state").GetString().ShouldBe("CLEARED");
        transaction.RootElement.GetProperty("amount").GetDecimal().ShouldBe(77.25m);
    }
}
