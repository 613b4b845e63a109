using System.Text;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers.Inbox;
using FlowStudio.Infrastructure.Triggers.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>
/// webhook (stripe) → map, published on real SQLite; deliveries go through <see cref="WebhookIngress"/>
/// and the durable inbox. Workers are off, so queued runs stay countable.
/// </summary>
public sealed class WebhookInboxTests
{
    private const string Secret = "whsec_inbox_test";
    private static readonly CancellationToken Ct = TriggerHarness.Ct;

    [Fact]
    public async Task Receive_SignedStripeEvent_StoresEntryAndQueuesOneRun()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), Stripe(harness, "evt_1"), Ct);

        outcome.StatusCode.ShouldBe(200);
        outcome.Results.Single().Status.ShouldBe(InboxStatus.Accepted);
        (await harness.RunTriggersAsync(flowId)).Single().ShouldContain("\"evt_1\"");
        var entry = (await harness.InboxAsync(flowId)).Items.Single();
        entry.EventKey.ShouldBe("evt_1");
        entry.EventType.ShouldBe("payment_intent.succeeded");
        entry.RunId.ShouldBe(outcome.Results[0].RunId);
    }

    [Fact]
    public async Task Receive_SameEventTwice_SecondIsDuplicateAnswered200AndStartsNothing()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var key = await harness.HookKeyAsync(flowId);
        await harness.Ingress.ReceiveAsync(key, Stripe(harness, "evt_dup"), Ct);
        var second = await harness.Ingress.ReceiveAsync(key, Stripe(harness, "evt_dup"), Ct);

        second.StatusCode.ShouldBe(200);
        second.Results.Single().Status.ShouldBe(InboxStatus.Duplicate);
        second.Results[0].RunId.ShouldBeNull();
        (await harness.RunCountAsync(flowId)).ShouldBe(1);
        (await harness.InboxAsync(flowId)).Items.Select(i => i.Status).Order().ShouldBe([InboxStatus.Accepted, InboxStatus.Duplicate]);
    }

    [Fact]
    public async Task Receive_SameEvent20TimesAtOnce_MakesExactlyOneRun()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var key = await harness.HookKeyAsync(flowId);
        using var start = new ManualResetEventSlim();
        var deliveries = Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait(Ct);
            return await harness.Ingress.ReceiveAsync(key, Stripe(harness, "evt_storm"), Ct);
        }, Ct)).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(deliveries);

        outcomes.ShouldAllBe(o => o.StatusCode == 200);
        outcomes.Count(o => o.Results[0].Status == InboxStatus.Accepted).ShouldBe(1);
        outcomes.Count(o => o.Results[0].Status == InboxStatus.Duplicate).ShouldBe(19);
        (await harness.RunCountAsync(flowId)).ShouldBe(1);
    }

    [Fact]
    public async Task Receive_BadSignature_Answered401_RecordedRejectedWithReason_NoRun()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var body = """{"id":"evt_bad","type":"payment_intent.succeeded"}""";
        var forged = TriggerHarness.Request(body, ("Stripe-Signature", StripeSignature.Sign(Encoding.UTF8.GetBytes(body), "whsec_attacker", TriggerHarness.Start.ToUnixTimeSeconds())));
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), forged, Ct);

        outcome.StatusCode.ShouldBe(401);
        (await harness.RunCountAsync(flowId)).ShouldBe(0);
        var entry = (await harness.InboxAsync(flowId)).Items.Single();
        entry.Status.ShouldBe(InboxStatus.Rejected);
        entry.Reason.ShouldBe("No v1 signature matches the signing secret.");
        entry.CanRedeliver.ShouldBeFalse();
    }

    [Fact]
    public async Task Receive_StaleStripeTimestamp_Rejected()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var request = Stripe(harness, "evt_old");
        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), request, Ct);

        outcome.StatusCode.ShouldBe(401);
        outcome.Results[0].Reason!.ShouldContain("tolerance");
    }

    [Fact]
    public async Task Receive_HubSpotBatch_OneRunPerEvent_AndRepeatedEventIsDuplicate()
    {
        await using var harness = await TriggerHarness.StartAsync();
        harness.Connections.Add("hubspot-conn", "hubspot", (WebhookSecretKeys.SigningSecret, "hs-secret"));
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "hubspot", "secret": "hubspot-conn" }""");
        var key = await harness.HookKeyAsync(flowId);

        var first = await harness.Ingress.ReceiveAsync(key, HubSpot(harness, """[{"eventId":1,"subscriptionType":"deal.propertyChange","objectId":11},{"eventId":2,"subscriptionType":"deal.propertyChange","objectId":12}]"""), Ct);
        var retry = await harness.Ingress.ReceiveAsync(key, HubSpot(harness, """[{"eventId":2,"subscriptionType":"deal.propertyChange","objectId":12},{"eventId":3,"subscriptionType":"deal.propertyChange","objectId":13}]"""), Ct);

        first.Results.Select(r => r.Status).ShouldBe([InboxStatus.Accepted, InboxStatus.Accepted]);
        retry.Results.Select(r => r.Status).ShouldBe([InboxStatus.Duplicate, InboxStatus.Accepted]);
        var triggers = await harness.RunTriggersAsync(flowId);
        triggers.Count.ShouldBe(3);
        triggers.ShouldContain("""{"eventId":3,"subscriptionType":"deal.propertyChange","objectId":13}""");
    }

    [Fact]
    public async Task Receive_EventTypeNotAccepted_IgnoredWithoutRun()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn", "eventTypes": "charge.refunded" }""");
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), Stripe(harness, "evt_other"), Ct);

        outcome.StatusCode.ShouldBe(200);
        outcome.Results[0].Status.ShouldBe(InboxStatus.Ignored);
        outcome.Results[0].Reason!.ShouldContain("payment_intent.succeeded");
        (await harness.RunCountAsync(flowId)).ShouldBe(0);
    }

    [Theory]
    [InlineData("", "X-Ramp-Webhook-Signature")]
    [InlineData("X-Ramp-Signature-V2", "X-Ramp-Signature-V2")]
    public async Task Receive_RampPreset_HexHmacInTheConfiguredHeader_KeyedByEventId(string configured, string header)
    {
        await using var harness = await TriggerHarness.StartAsync();
        harness.Connections.Add("ramp-conn", "ramp", (WebhookSecretKeys.SigningSecret, "ramp_whsec_1"));
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, $$"""{ "provider": "ramp", "secret": "ramp-conn", "signatureHeader": "{{configured}}" }""");
        const string body = """{"id":"evt_ramp_1","type":"transactions.cleared","object":{"id":"txn_9"}}""";
        var signature = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("ramp_whsec_1"u8, Encoding.UTF8.GetBytes(body)));
        var key = await harness.HookKeyAsync(flowId);

        var signed = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request(body, (header, signature)), Ct);
        var elsewhere = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request(body.Replace("evt_ramp_1", "evt_ramp_2", StringComparison.Ordinal), ("X-Signature", signature)), Ct);

        signed.StatusCode.ShouldBe(200);
        signed.Results.Single().EventKey.ShouldBe("evt_ramp_1");
        elsewhere.StatusCode.ShouldBe(401);
    }

    [Fact]
    public async Task Receive_NoneScheme_AcceptsUnsigned_KeyedByBodyHash()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "none" }""");
        var key = await harness.HookKeyAsync(flowId);
        var first = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request("""{"order":1}"""), Ct);
        var again = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request("""{"order":1}"""), Ct);

        first.Results[0].Status.ShouldBe(InboxStatus.Accepted);
        first.Results[0].EventKey.ShouldStartWith("sha256:");
        again.Results[0].Status.ShouldBe(InboxStatus.Duplicate);
    }

    [Fact]
    public async Task Receive_MissingSecretConnection_RejectedSayingWhy()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "shopify", "secret": "gone" }""");
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), TriggerHarness.Request("{}", ("X-Shopify-Hmac-Sha256", "AAAA")), Ct);

        outcome.StatusCode.ShouldBe(401);
        outcome.Results[0].Reason.ShouldBe("Connection 'gone' does not exist (deleted or never created).");
    }

    [Fact]
    public async Task Receive_UnknownHookKey_NotFoundAndNothingStored()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var outcome = await harness.Ingress.ReceiveAsync("no-such-key", TriggerHarness.Request("{}"), Ct);
        outcome.StatusCode.ShouldBe(404);
        (await harness.Services.GetRequiredService<InboxQueries>().ListAsync(new InboxQuery(), Ct)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Republish_KeepsHookKey()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var key = await harness.HookKeyAsync(flowId);
        var flows = harness.Services.GetRequiredService<FlowStudio.Infrastructure.Flows.FlowStore>();
        var details = (await flows.GetAsync(flowId, Ct))!;
        (await flows.SaveDraftAsync(flowId, details.Latest with { Metadata = details.Latest.Metadata with { Description = "v2" } }, null, RunHarness.Admin, Ct)).Status
            .ShouldBe(FlowStudio.Infrastructure.Flows.FlowCommandStatus.Succeeded);
        (await flows.PublishAsync(flowId, null, RunHarness.Admin, Ct)).Status.ShouldBe(FlowStudio.Infrastructure.Flows.FlowCommandStatus.Succeeded);

        (await harness.HookKeyAsync(flowId)).ShouldBe(key);
        (await harness.Ingress.ReceiveAsync(key, Stripe(harness, "evt_v2"), Ct)).StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task Redeliver_VerifiedEntry_StartsNewRunAndRecordsIt()
    {
        await using var harness = await StripeHarnessAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, """{ "provider": "stripe", "secret": "stripe-conn" }""");
        var outcome = await harness.Ingress.ReceiveAsync(await harness.HookKeyAsync(flowId), Stripe(harness, "evt_again"), Ct);
        var redelivery = harness.Services.GetRequiredService<InboxRedelivery>();

        var result = await redelivery.RedeliverAsync(outcome.Results[0].EntryId, RunHarness.Admin, Ct);

        result.Succeeded.ShouldBeTrue(result.Message);
        (await harness.RunCountAsync(flowId)).ShouldBe(2);
        var entry = (await harness.InboxAsync(flowId)).Items.Single();
        entry.RedeliveredRunId.ShouldBe(result.RunId);
        entry.RedeliveredBy.ShouldBe(RunHarness.Admin.Name);
    }

    private static async Task<TriggerHarness> StripeHarnessAsync()
    {
        var harness = await TriggerHarness.StartAsync();
        harness.Connections.Add("stripe-conn", "stripe", (WebhookSecretKeys.SigningSecret, Secret));
        return harness;
    }

    private static WebhookRequest Stripe(TriggerHarness harness, string eventId)
    {
        var body = "{\"id\":\"" + eventId + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_1\",\"amount\":2000}}}";
        return TriggerHarness.Request(body, ("Stripe-Signature", StripeSignature.Sign(Encoding.UTF8.GetBytes(body), Secret, harness.Clock.GetUtcNow().ToUnixTimeSeconds())));
    }

    private static WebhookRequest HubSpot(TriggerHarness harness, string body)
    {
        var timestamp = harness.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = TriggerHarness.Request(body, ("X-HubSpot-Request-Timestamp", timestamp));
        var signature = HubSpotSignature.Sign("POST", request.Uri.AbsoluteUri, Encoding.UTF8.GetBytes(body), timestamp, "hs-secret");
        return request with { Headers = new Dictionary<string, string>(request.Headers, StringComparer.OrdinalIgnoreCase) { ["X-HubSpot-Signature-v3"] = signature } };
    }
}
