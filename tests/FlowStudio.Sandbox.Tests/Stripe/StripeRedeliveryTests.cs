using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using FlowStudio.Sandbox.Kit;
using FlowStudio.Sandbox.Stripe;
using FlowStudio.Sandbox.Tests.Stripe.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Tests.Stripe;

/// <summary>Redelivery: the same stored event (id and bytes) signed again, as Stripe's retries and "Resend" do.</summary>
public sealed class StripeRedeliveryTests : IAsyncLifetime
{
    private SandboxApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        app = await SandboxApp.StartAsync((s, path) => s.AddStripeSandbox(o => o.DatabasePath = path), (r, policy) => r.MapStripeSandbox(policy));

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private StripeSandboxConsole Console => app.Services.GetRequiredService<StripeSandboxConsole>();

    [Fact]
    public async Task RedeliverLast_SendsTheSameEventBytes_WithAValidFreshSignature()
    {
        var first = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/stripe/_admin/simulate/payment-succeeded", new { hookUrl = SandboxApp.HookUrl, amount = 42.10m });
        Console.LastDelivered.ShouldBe(new StripeDelivered(first.EventId, "payment_intent.succeeded", SandboxApp.HookUrl));

        var again = await Console.RedeliverLastAsync(Ct);

        again.Problem.ShouldBeNull();
        again.Delivery!.EventId.ShouldBe(first.EventId);
        again.Delivery.Status.ShouldBe(200);
        var deliveries = app.Hooks.Deliveries.ToArray();
        deliveries.Length.ShouldBe(2);
        deliveries[1].Url.ShouldBe(SandboxApp.HookUrl);
        deliveries[1].Body.ShouldBe(deliveries[0].Body);
        Verifies(deliveries[1]).ShouldBeTrue();
    }

    [Fact]
    public async Task RedeliverEndpoint_StoredEvent_IsSent_UnknownEventOrBadUrl_Answers400AndSendsNothing()
    {
        var first = await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/stripe/_admin/simulate/payment-succeeded", new { hookUrl = SandboxApp.HookUrl });

        var redelivered = await app.AdminPostAsync<WebhookDeliveryResult>($"/sandbox/stripe/_admin/redeliver/{first.EventId}", new { hookUrl = SandboxApp.HookUrl });
        redelivered.EventId.ShouldBe(first.EventId);
        app.Hooks.Deliveries.Count.ShouldBe(2);

        using var unknown = await app.Admin.PostAsJsonAsync(new Uri("/sandbox/stripe/_admin/redeliver/evt_missing", UriKind.Relative), new { hookUrl = SandboxApp.HookUrl }, Ct);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(Ct)).ShouldContain("no event 'evt_missing'");
        using var badUrl = await app.Admin.PostAsJsonAsync(new Uri($"/sandbox/stripe/_admin/redeliver/{first.EventId}", UriKind.Relative), new { hookUrl = "not a url" }, Ct);
        badUrl.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        app.Hooks.Deliveries.Count.ShouldBe(2);
    }

    [Fact]
    public async Task RedeliverLast_BeforeAnySendOrAfterReset_IsRefused()
    {
        (await Console.RedeliverLastAsync(Ct)).Problem!.ShouldContain("simulate a payment first");

        await app.AdminPostAsync<WebhookDeliveryResult>("/sandbox/stripe/_admin/simulate/payment-succeeded", new { hookUrl = SandboxApp.HookUrl });
        await Console.ResetAsync(Ct);

        Console.LastDelivered.ShouldBeNull();
        (await Console.RedeliverLastAsync(Ct)).Problem.ShouldNotBeNull();
        app.Hooks.Deliveries.Count.ShouldBe(1);
    }

    private static bool Verifies(HookDelivery delivery)
    {
        var parts = delivery.Headers["Stripe-Signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(StripeSandboxDemo.WebhookSigningSecret), (byte[])[.. Encoding.UTF8.GetBytes(parts["t"] + "."), .. delivery.Body]));
        return parts["v1"] == expected;
    }
}
