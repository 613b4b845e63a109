using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FlowStudio.Sandbox.HubSpot;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Tests.Stripe.Support;

namespace FlowStudio.Sandbox.Tests.HubSpot;

public sealed class HubSpotSandboxTests : IAsyncLifetime
{
    private static readonly string[] Properties = ["dealname", "amount", "closedate", "dealstage"];
    private SandboxApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await SandboxApp.StartAsync((s, path) => s.AddHubSpotSandbox(o => o.DatabasePath = path), (r, policy) => r.MapHubSpotSandbox(policy));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpMethod method, string path, object? body = null, string token = HubSpotSandboxDemo.AccessToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await app.Client.SendAsync(request, Ct);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone());
    }

    [Fact]
    public async Task Search_TheDocumentedClosedWonQuery_AnswersTotalResultsAndPaging()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "/sandbox/hubspot/crm/v3/objects/deals/search", new
        {
            filterGroups = new[] { new { filters = new object[] { new { propertyName = "dealstage", @operator = "EQ", value = "closedwon" }, new { propertyName = "hs_lastmodifieddate", @operator = "GTE", value = "1718000000000" } } } },
            properties = Properties,
            sorts = new[] { new { propertyName = "hs_lastmodifieddate", direction = "ASCENDING" } },
            limit = 2,
            after = "0",
        });

        status.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("total").GetInt32().ShouldBe(3);
        body.GetProperty("results").GetArrayLength().ShouldBe(2);
        body.GetProperty("results")[0].GetProperty("properties").GetProperty("amount").ValueKind.ShouldBe(JsonValueKind.String);
        body.GetProperty("results")[0].GetProperty("properties").TryGetProperty("pipeline", out _).ShouldBeFalse();
        body.GetProperty("paging").GetProperty("next").GetProperty("after").GetString().ShouldBe("2");
    }

    [Fact]
    public async Task Errors_UseHubSpotsBody()
    {
        var (unauthorized, auth) = await SendAsync(HttpMethod.Get, "/sandbox/hubspot/crm/v3/objects/deals/1", token: "wrong");
        unauthorized.ShouldBe(HttpStatusCode.Unauthorized);
        auth.GetProperty("status").GetString().ShouldBe("error");
        auth.GetProperty("category").GetString().ShouldBe("INVALID_AUTHENTICATION");
        auth.GetProperty("correlationId").GetString().ShouldNotBeNullOrEmpty();

        var (badOp, validation) = await SendAsync(HttpMethod.Post, "/sandbox/hubspot/crm/v3/objects/deals/search",
            new { filterGroups = new[] { new { filters = new[] { new { propertyName = "amount", @operator = "ABOUT", value = "1" } } } } });
        badOp.ShouldBe(HttpStatusCode.BadRequest);
        validation.GetProperty("category").GetString().ShouldBe("VALIDATION_ERROR");
    }

    [Fact]
    public async Task SimulateDealClosedWon_DeliversAV3SignedBatch_AndTheDealIsClosedWon()
    {
        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/hubspot/_admin/simulate/deal-closed-won", new { hookUrl = SandboxApp.HookUrl, amount = 4321.5m });

        delivery.Status.ShouldBe(200);
        var hook = app.Hooks.Deliveries.Single();
        var timestamp = hook.Headers["X-HubSpot-Request-Timestamp"];
        var expected = Convert.ToBase64String(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(HubSpotSandboxDemo.ClientSecret), Encoding.UTF8.GetBytes("POST" + SandboxApp.HookUrl + hook.Text + timestamp)));
        hook.Headers["X-HubSpot-Signature-v3"].ShouldBe(expected);
        using var batch = JsonDocument.Parse(hook.Body);
        var evt = batch.RootElement.EnumerateArray().Single();
        evt.GetProperty("subscriptionType").GetString().ShouldBe("deal.propertyChange");
        evt.GetProperty("propertyValue").GetString().ShouldBe("closedwon");
        evt.GetProperty("portalId").GetInt64().ShouldBe(HubSpotSandboxDemo.PortalId);

        var (_, deal) = await SendAsync(HttpMethod.Get, $"/sandbox/hubspot/crm/v3/objects/deals/{evt.GetProperty("objectId").GetInt64()}?properties=dealstage,amount");
        deal.GetProperty("properties").GetProperty("dealstage").GetString().ShouldBe("closedwon");
        deal.GetProperty("properties").GetProperty("amount").GetString().ShouldBe("4321.50");
    }

    [Fact]
    public async Task SimulateDealClosedWon_HookUrlWithQuery_SignsTheUrlTheReceiverSees()
    {
        var url = SandboxApp.HookUrl + "?portal=62515&note=a%20b";

        var delivery = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/hubspot/_admin/simulate/deal-closed-won", new { hookUrl = url });

        delivery.Status.ShouldBe(200);
        var hook = app.Hooks.Deliveries.Single();
        hook.Url.ShouldBe(url);
        hook.Headers["X-HubSpot-Signature-v3"].ShouldBe(HubSpotSignature.Sign(
            HubSpotSandboxDemo.ClientSecret, "POST", hook.Url, hook.Text, long.Parse(hook.Headers["X-HubSpot-Request-Timestamp"], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
