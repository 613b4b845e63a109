using System.Text;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>The hooks the Sandboxes page offers, and the answer a sender reads for a new and a repeated event.</summary>
public sealed class PublishedHooksTests
{
    private const string Secret = "whsec_published_hooks";
    private static readonly CancellationToken Ct = TriggerHarness.Ct;

    [Fact]
    public async Task PublishedHooks_OnlyActiveWebhooksOfTheScheme_WithTheirKeys()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var stripeFlow = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "conn" }""", "Stripe payments");
        await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "shopify", "secret": "conn" }""", "Shopify orders");
        await harness.PublishAsync(NodeTypeKeys.ScheduleTrigger, """{ "cron": "0 0 8 ? * MON-FRI", "timeZone": "UTC" }""", "Morning digest");

        var hooks = await harness.Services.GetRequiredService<TriggerQueries>().PublishedHooksAsync(WebhookScheme.Stripe, Ct);

        var hook = hooks.ShouldHaveSingleItem();
        hook.FlowId.ShouldBe(stripeFlow);
        hook.FlowName.ShouldBe("Stripe payments");
        hook.HookKey.ShouldBe(await harness.HookKeyAsync(stripeFlow));
        hook.Url(new Uri("https://flows.example.com/studio")).ToString().ShouldBe($"https://flows.example.com/studio/hooks/{hook.HookKey}");
        hook.Url(new Uri("http://127.0.0.1:5080/")).ToString().ShouldBe($"http://127.0.0.1:5080/hooks/{hook.HookKey}");
    }

    [Fact]
    public async Task Receive_NewThenSameEvent_AnswersAcceptedThenDuplicate()
    {
        await using var harness = await TriggerHarness.StartAsync();
        harness.Connections.Add("stripe-conn", "stripe", (WebhookSecretKeys.SigningSecret, Secret));
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var key = await harness.HookKeyAsync(flowId);

        var first = await harness.Ingress.ReceiveAsync(key, Signed(harness, "evt_answer"), Ct);
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var again = await harness.Ingress.ReceiveAsync(key, Signed(harness, "evt_answer"), Ct);

        (first.StatusCode, first.Message).ShouldBe((200, "Accepted: a run was queued."));
        (again.StatusCode, again.Message).ShouldBe((200, "Duplicate: this event was already received; no new run."));
        (await harness.RunCountAsync(flowId)).ShouldBe(1);
    }

    // Signed at the harness clock's now, like a redelivery signs afresh.
    private static WebhookRequest Signed(TriggerHarness harness, string eventId)
    {
        var body = "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_1\",\"amount\":31025}}}";
        return TriggerHarness.Request(body, ("Stripe-Signature", StripeSignature.Sign(Encoding.UTF8.GetBytes(body), Secret, harness.Clock.GetUtcNow().ToUnixTimeSeconds())));
    }
}
