using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Sandbox.HubSpot;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Ramp;
using FlowStudio.Sandbox.Shopify;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Sandboxes;

/// <summary>The four sandboxes as mounted in the real app: their APIs answer their own credentials, their admin API needs an admin.</summary>
public sealed class SandboxEndpointsTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Apis_AnswerWithTheirDemoCredentials()
    {
        using var client = app.CreateBrowserClient();

        using var stripe = new HttpRequestMessage(HttpMethod.Get, new Uri("/sandbox/stripe/v1/customers?limit=1", UriKind.Relative));
        stripe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", StripeSandboxDemo.SecretKey);
        (await client.SendAsync(stripe, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var shopify = new HttpRequestMessage(HttpMethod.Get, new Uri($"/sandbox/shopify/admin/api/{ShopifySandboxDemo.ApiVersion}/orders.json?limit=1", UriKind.Relative));
        shopify.Headers.Add("X-Shopify-Access-Token", ShopifySandboxDemo.AccessToken);
        (await client.SendAsync(shopify, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var hubspot = new HttpRequestMessage(HttpMethod.Post, new Uri("/sandbox/hubspot/crm/v3/objects/deals/search", UriKind.Relative)) { Content = JsonContent.Create(new { limit = 1 }) };
        hubspot.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HubSpotSandboxDemo.AccessToken);
        (await client.SendAsync(hubspot, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var ramp = new HttpRequestMessage(HttpMethod.Post, new Uri("/sandbox/ramp/developer/v1/token", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", "transactions:read")]),
        };
        ramp.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(RampSandboxDemo.ClientId + ":" + RampSandboxDemo.ClientSecret)));
        (await client.SendAsync(ramp, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Simulate_AsAdmin_ToAnUnreachableHook_ReportsStatusZeroWithTheReason()
    {
        using var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await client.PostAsJsonAsync(new Uri("/sandbox/stripe/_admin/simulate/payment-succeeded", UriKind.Relative), new { hookUrl = "http://127.0.0.1:9/hooks/nowhere" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var delivery = await response.Content.ReadFromJsonAsync<WebhookDeliveryResult>(Ct);
        delivery!.Status.ShouldBe(0);
        delivery.Error.ShouldNotBeNull().ShouldContain("could not be reached");
        delivery.Topic.ShouldBe("payment_intent.succeeded");
    }

    [Fact]
    public async Task Simulate_AsDesigner_IsForbidden()
    {
        using var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, "designer@flowstudio.local", "Designer-Demo-2026")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await client.PostAsJsonAsync(new Uri("/sandbox/hubspot/_admin/simulate/deal-closed-won", UriKind.Relative), new { hookUrl = "http://127.0.0.1:9/x" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PutFaults_Invalid_Answers400AndKeepsTheFaults()
    {
        using var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var bad = await client.PutAsJsonAsync(new Uri("/sandbox/shopify/_admin/faults", UriKind.Relative), new { errorStatusCode = 404 }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("between 500 and 599");

        using var now = await client.GetAsync(new Uri("/sandbox/shopify/_admin/faults", UriKind.Relative), Ct);
        using var settings = JsonDocument.Parse(await now.Content.ReadAsStringAsync(Ct));
        settings.RootElement.GetProperty("errorStatusCode").GetInt32().ShouldBe(500);
    }
}
