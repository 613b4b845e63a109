using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Polling;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>poll (Salesforce-style SOQL on SystemModstamp) → map, with a fake connector answering list pages.</summary>
public sealed class PollerTests
{
    private const string Config = """
        { "connection": "sf", "operation": "salesforce.query", "interval": "PT5M", "cursorField": "SystemModstamp", "idField": "Id",
          "input": "{ \"soql\": \"SELECT Id FROM Opportunity WHERE IsWon = true AND SystemModstamp > {watermark} ORDER BY SystemModstamp\" }",
          "backfillFrom": "2024-06-01" }
        """;

    private static readonly CancellationToken Ct = TriggerHarness.Ct;

    [Fact]
    public async Task Poll_NewRecords_OneRunEach_WatermarkPersisted_AndRepeatStartsNothing()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Config);
        var source = new FakeSource(harness.Connector)
        {
            Records = [Opp("006A", "2024-06-02T10:00:00.000+0000"), Opp("006B", "2024-06-03T11:30:00.000+0000")],
        };
        var poller = harness.Services.GetRequiredService<Poller>();

        var first = await poller.PollAsync(flowId, "trigger", Ct);
        var second = await poller.PollAsync(flowId, "trigger", Ct);

        first.ShouldBe(new PollOutcome(2, 2, 1, "2024-06-03T11:30:00Z", null));
        source.Inputs[0].ShouldContain("SystemModstamp > 2024-06-01T00:00:00Z");
        source.Inputs[1].ShouldContain("SystemModstamp > 2024-06-03T11:30:00Z");
        second.Runs.ShouldBe(0);
        (await harness.RunCountAsync(flowId)).ShouldBe(2);
        var trigger = (await harness.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Poll, flowId, Ct)).Single();
        trigger.Watermark.ShouldBe("2024-06-03T11:30:00Z");
        trigger.LastRunCount.ShouldBe(0);
    }

    [Fact]
    public async Task Poll_SameRecordModifiedAgain_StartsOneMoreRun_SameVersionReturnedAgainDoesNot()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Config);
        var source = new FakeSource(harness.Connector) { Records = [Opp("006A", "2024-06-02T10:00:00Z")] };
        var poller = harness.Services.GetRequiredService<Poller>();
        await poller.PollAsync(flowId, "trigger", Ct);

        // A source queried with >= returns the boundary record again, plus its newer change.
        source.Records = [Opp("006A", "2024-06-02T10:00:00Z"), Opp("006A", "2024-06-05T09:00:00Z")];
        var outcome = await poller.PollAsync(flowId, "trigger", Ct);

        outcome.Runs.ShouldBe(1);
        (await harness.RunCountAsync(flowId)).ShouldBe(2);
    }

    [Fact]
    public async Task Poll_HasMore_FollowsPagesWhileWatermarkAdvances()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Config);
        var pages = new Queue<(JsonElement[] Records, bool More)>([
            ([Opp("1", "2024-06-02T00:00:00Z"), Opp("2", "2024-06-02T01:00:00Z")], true),
            ([Opp("3", "2024-06-02T02:00:00Z")], false),
        ]);
        var source = new FakeSource(harness.Connector) { Pages = pages };

        var outcome = await harness.Services.GetRequiredService<Poller>().PollAsync(flowId, "trigger", Ct);

        outcome.Pages.ShouldBe(2);
        outcome.Runs.ShouldBe(3);
        outcome.Watermark.ShouldBe("2024-06-02T02:00:00Z");
        source.Inputs[1].ShouldContain("2024-06-02T01:00:00Z");
    }

    [Fact]
    public async Task Poll_ConnectorFails_ErrorRecorded_WatermarkKept()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Config);
        harness.Connector.Handler = (_, _) => Task.FromResult(CallResult.Failed(StepError.Transient("Salesforce answered 503.", code: "http.503")));

        var outcome = await harness.Services.GetRequiredService<Poller>().PollAsync(flowId, "trigger", Ct);

        outcome.Error.ShouldBe("salesforce.query: Salesforce answered 503.");
        var trigger = (await harness.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Poll, flowId, Ct)).Single();
        trigger.LastError.ShouldBe("salesforce.query: Salesforce answered 503.");
        trigger.Watermark.ShouldBe("2024-06-01T00:00:00Z");
    }

    [Fact]
    public async Task Backfill_MovesWatermarkBack_OnlyUnseenVersionsStart()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Config.Replace("\"backfillFrom\": \"2024-06-01\"", "\"backfillFrom\": \"\"", StringComparison.Ordinal));
        var trigger = (await harness.Services.GetRequiredService<TriggerQueries>().ListAsync(TriggerKind.Poll, flowId, Ct)).Single();
        trigger.Watermark.ShouldBe("2024-06-10T06:13:20Z"); // no backfill: from activation

        var source = new FakeSource(harness.Connector) { Records = [Opp("old", "2024-05-20T00:00:00Z")] };
        await harness.Services.GetRequiredService<Poller>().PollAsync(flowId, "trigger", Ct);
        (await harness.Services.GetRequiredService<TriggerCommands>().BackfillAsync(flowId, "trigger", new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), RunHarness.Admin, Ct)).ShouldBeTrue();
        await harness.Services.GetRequiredService<Poller>().PollAsync(flowId, "trigger", Ct);

        source.Inputs.Last().ShouldContain("2024-05-01T00:00:00Z");
        (await harness.RunCountAsync(flowId)).ShouldBe(1);
    }

    private static JsonElement Opp(string id, string modstamp) =>
        JsonSerializer.SerializeToElement(new { Id = id, Name = $"Deal {id}", Amount = 5000.00m, StageName = "Closed Won", SystemModstamp = modstamp });

    /// <summary>Answers the poll's list operation like a connector module: an object with the records, count and has_more.</summary>
    private sealed class FakeSource
    {
        public FakeSource(TestConnector connector) => connector.Handler = (call, _) =>
        {
            Inputs.Add(call.Input.GetRawText());
            var (records, more) = Pages is { Count: > 0 } pages ? pages.Dequeue() : (Records, false);
            return Task.FromResult(CallResult.Success(JsonSerializer.SerializeToElement(new { records, count = records.Length, has_more = more })));
        };

        public List<string> Inputs { get; } = [];

        public JsonElement[] Records { get; set; } = [];

        public Queue<(JsonElement[] Records, bool More)>? Pages { get; init; }
    }
}
