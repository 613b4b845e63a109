using FlowStudio.Core.Catalog;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Tests.Runs.Support;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Inbox;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>Archiving or unpublishing a flow stops its triggers; restoring or publishing again brings them back.</summary>
public sealed class FlowActivationTests
{
    private const string Poll = """{ "connection": "sf", "operation": "salesforce.query", "interval": "PT5M", "cursorField": "SystemModstamp", "idField": "Id", "input": "{}" }""";
    private const string Schedule = """{ "cron": "0 0 8 ? * MON-FRI", "timeZone": "Europe/London" }""";
    private const string Hook = """{ "provider": "none" }""";

    private static CancellationToken Ct => TriggerHarness.Ct;

    [Theory]
    [InlineData(NodeTypeKeys.PollTrigger, Poll)]
    [InlineData(NodeTypeKeys.ScheduleTrigger, Schedule)]
    public async Task Archive_UnschedulesTheTrigger_RestoreSchedulesItAgain(string type, string config)
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(type, config);
        var flows = harness.Services.GetRequiredService<FlowStore>();
        (await TriggerAsync(harness, flowId)).ShouldBe((true, true));

        (await flows.SetArchivedAsync(flowId, true, RunHarness.Admin, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        var archived = await TriggerAsync(harness, flowId);
        (await flows.SetArchivedAsync(flowId, false, RunHarness.Admin, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        var restored = await TriggerAsync(harness, flowId);

        archived.ShouldBe((false, false));
        restored.ShouldBe((true, true));
    }

    [Fact]
    public async Task Unpublish_StopsTheTrigger_AuditedAndNotRunnable_PublishAgainTurnsTheSameVersionBackOn()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Poll);
        var flows = harness.Services.GetRequiredService<FlowStore>();
        var before = (await flows.GetAsync(flowId, Ct))!;

        var off = await flows.UnpublishAsync(flowId, before.Flow.Revision, RunHarness.Admin, Ct);
        var stopped = await TriggerAsync(harness, flowId);
        var listedOff = (await flows.ListItemsAsync(cancellationToken: Ct)).Single(i => i.Flow.Id == flowId);
        var again = await flows.UnpublishAsync(flowId, null, RunHarness.Admin, Ct);
        var on = await flows.PublishAsync(flowId, null, RunHarness.Admin, Ct);

        off.Status.ShouldBe(FlowCommandStatus.Succeeded);
        off.Flow!.PublishedVersion.ShouldBeNull();
        stopped.ShouldBe((false, false));
        listedOff.TurnedOff.ShouldBeTrue("the flows list tells an unpublished flow from a draft that never ran");
        again.Status.ShouldBe(FlowCommandStatus.Conflict);
        again.Message.ShouldNotBeNull().ShouldContain("not published");
        on.Status.ShouldBe(FlowCommandStatus.Succeeded, on.Message);
        on.Flow!.PublishedVersion.ShouldBe(1);
        (await flows.GetAsync(flowId, Ct))!.Versions.Single().PublishedAt.ShouldBe(before.Versions.Single().PublishedAt);
        (await TriggerAsync(harness, flowId)).ShouldBe((true, true));
        (await flows.ListItemsAsync(cancellationToken: Ct)).Single(i => i.Flow.Id == flowId).TurnedOff.ShouldBeFalse();
        (await harness.Services.GetRequiredService<TriggerCommands>().PollNowAsync(flowId, "trigger", RunHarness.Admin, Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Unpublish_StaleRevision_ConflictAndNothingChanges()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.PollTrigger, Poll);

        var result = await harness.Services.GetRequiredService<FlowStore>().UnpublishAsync(flowId, 1, RunHarness.Admin, Ct);

        result.Status.ShouldBe(FlowCommandStatus.Conflict);
        (await TriggerAsync(harness, flowId)).ShouldBe((true, true));
    }

    [Fact]
    public async Task ArchivedFlowsHook_Answers410WithAReason_RecordsNothing_RestoredKeepsTheSameKey()
    {
        await using var harness = await TriggerHarness.StartAsync();
        var flowId = await harness.PublishAsync(NodeTypeKeys.WebhookTrigger, Hook);
        var key = await harness.HookKeyAsync(flowId);
        var flows = harness.Services.GetRequiredService<FlowStore>();

        await flows.SetArchivedAsync(flowId, true, RunHarness.Admin, Ct);
        var gone = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request("""{"id":"evt_1"}"""), Ct);
        var unknown = await harness.Ingress.ReceiveAsync("never-issued", TriggerHarness.Request("""{"id":"evt_1"}"""), Ct);
        (await harness.InboxAsync(flowId)).Items.ShouldBeEmpty();
        await flows.SetArchivedAsync(flowId, false, RunHarness.Admin, Ct);
        var back = await harness.Ingress.ReceiveAsync(key, TriggerHarness.Request("""{"id":"evt_1"}"""), Ct);

        gone.StatusCode.ShouldBe(410);
        gone.Message.ShouldContain("archived or unpublished");
        unknown.StatusCode.ShouldBe(404);
        (await harness.HookKeyAsync(flowId)).ShouldBe(key);
        back.StatusCode.ShouldBe(200);
        (await harness.InboxAsync(flowId)).Items.Single().Status.ShouldBe(InboxStatus.Accepted);
        (await harness.RunCountAsync(flowId)).ShouldBe(1);
    }

    /// <summary>Whether the trigger row is active and whether Quartz still holds its job.</summary>
    private static async Task<(bool Active, bool Scheduled)> TriggerAsync(TriggerHarness harness, Guid flowId)
    {
        var queries = harness.Services.GetRequiredService<TriggerQueries>();
        var trigger = (await queries.ListAsync(flowId: flowId, cancellationToken: Ct)).Single();
        return (trigger.Active, await queries.NextFireAsync(trigger.Kind, flowId, trigger.NodeId, Ct) is not null);
    }
}
