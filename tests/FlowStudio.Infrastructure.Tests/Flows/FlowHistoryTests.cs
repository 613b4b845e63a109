using FlowStudio.Core.Auditing;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Flows;

public sealed class FlowHistoryTests : IAsyncLifetime
{
    //  [start: manual] ──► [end: stop]
    private const string Flow = """
        {
          "schemaVersion": 1,
          "metadata": { "name": "Stripe payments", "tags": ["ar"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "position": { "x": 0, "y": 0 } },
            { "id": "end", "type": "flow.stop", "position": { "x": 300, "y": 0 } }
          ],
          "connections": [ { "fromNode": "start", "fromPort": "out", "toNode": "end", "toPort": "in" } ]
        }
        """;

    private static readonly AuditActor Ann = new("ann-id", "ann@flowstudio.local", null);
    private static readonly AuditActor Bob = new("bob-id", "bob@flowstudio.local", null);
    private SqliteServices services = default!;
    private FlowStore store = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await SqliteServices.StartAsync();
        store = services.Services.GetRequiredService<FlowStore>();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    [Fact]
    public async Task Revisions_CreateSavePublish_ListedNewestFirstWithAuthorAndComment()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;
        var renamed = Renamed("Stripe payments v2");
        (await store.SaveDraftAsync(id, renamed, 1, Bob, "Renamed for the AR team", Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        (await store.PublishAsync(id, 2, Ann, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);

        var revisions = await store.ListRevisionsAsync(id, Ct);

        revisions.Select(r => (r.Revision, r.Kind, r.Author)).ShouldBe(
        [
            (3, FlowRevisionKind.Published, Ann.Name),
            (2, FlowRevisionKind.Saved, Bob.Name),
            (1, FlowRevisionKind.Created, Ann.Name),
        ]);
        revisions[1].Comment.ShouldBe("Renamed for the AR team");
        (await store.GetRevisionAsync(id, 1, Ct))!.Metadata.Name.ShouldBe("Stripe payments");
        (await store.GetRevisionAsync(id, 2, Ct))!.Metadata.Name.ShouldBe("Stripe payments v2");
    }

    [Fact]
    public async Task Restore_OldRevision_BecomesDraftAndTheReplacedWorkStaysInHistory()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;
        await store.SaveDraftAsync(id, Renamed("Bob's rework"), 1, Bob, Ct);

        var restored = await store.RestoreAsync(id, 1, 2, Ann, Ct);

        restored.Status.ShouldBe(FlowCommandStatus.Succeeded);
        (await store.GetAsync(id, Ct))!.Latest.Metadata.Name.ShouldBe("Stripe payments");
        var revisions = await store.ListRevisionsAsync(id, Ct);
        revisions[0].Kind.ShouldBe(FlowRevisionKind.Restored);
        revisions[0].Comment.ShouldBe("Restored revision 1");
        (await store.GetRevisionAsync(id, 2, Ct))!.Metadata.Name.ShouldBe("Bob's rework");
        (await AuditAsync(AuditActions.FlowRestored)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task SecondSave_OverNewerWork_IsAConflictAndChangesNothing()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;
        (await store.SaveDraftAsync(id, Renamed("Ann's change"), 1, Ann, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);

        var stale = await store.SaveDraftAsync(id, Renamed("Bob's change"), 1, Bob, "from an old tab", Ct);

        stale.Status.ShouldBe(FlowCommandStatus.Conflict);
        (await store.GetAsync(id, Ct))!.Latest.Metadata.Name.ShouldBe("Ann's change");
        (await store.ListRevisionsAsync(id, Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Restore_UnknownRevision_IsInvalid()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;

        var result = await store.RestoreAsync(id, 42, null, Ann, Ct);

        result.Status.ShouldBe(FlowCommandStatus.Invalid);
        result.Message!.ShouldContain("revision 42");
        (await store.RestoreAsync(Guid.NewGuid(), 1, null, Ann, Ct)).Status.ShouldBe(FlowCommandStatus.NotFound);
    }

    [Fact]
    public async Task SaveDraft_OverlongComment_IsRefusedAndChangesNothing()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;

        var result = await store.SaveDraftAsync(id, Renamed("x"), 1, Ann, new string('c', 501), Ct);

        result.Status.ShouldBe(FlowCommandStatus.Invalid);
        result.Message!.ShouldContain("comment");
        (await store.GetAsync(id, Ct))!.Flow.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Duplicate_CopiesLatestGraphAsNewDraftOwnedByActor()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;

        var copy = await store.DuplicateAsync(id, Bob, Ct);

        copy.Status.ShouldBe(FlowCommandStatus.Succeeded);
        copy.Flow!.Name.ShouldBe("Copy of Stripe payments");
        copy.Flow.Id.ShouldNotBe(id);
        (await store.GetAsync(copy.Flow.Id, Ct))!.Latest.Nodes.Select(n => n.Id).ShouldBe(["start", "end"]);
    }

    [Fact]
    public async Task Archive_HidesFromListUntilUnarchived()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;

        (await store.SetArchivedAsync(id, true, Ann, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);

        (await store.ListItemsAsync(cancellationToken: Ct)).ShouldBeEmpty();
        (await store.ListItemsAsync(includeArchived: true, cancellationToken: Ct)).ShouldHaveSingleItem().Archived.ShouldBeTrue();
        (await store.SetArchivedAsync(id, false, Ann, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        var item = (await store.ListItemsAsync(cancellationToken: Ct)).ShouldHaveSingleItem();
        item.Archived.ShouldBeFalse();
        item.LastRunStatus.ShouldBeNull();
        (await AuditAsync(AuditActions.FlowArchived)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task PinnedSamples_PinReplaceUnpin()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(Flow), Ann, Ct)).Flow!.Id;

        (await store.PinSampleAsync(id, "start", NodeConfig.Parse("""{ "amount": 1 }"""), Ann, Ct)).ShouldBeNull();
        (await store.PinSampleAsync(id, "start", NodeConfig.Parse("""{ "amount": 2 }"""), Bob, Ct)).ShouldBeNull();
        (await store.GetPinnedSamplesAsync(id, Ct))["start"].GetProperty("amount").GetInt32().ShouldBe(2);
        (await store.PinSampleAsync(id, "start", null, Bob, Ct)).ShouldBeNull();
        (await store.GetPinnedSamplesAsync(id, Ct)).ShouldBeEmpty();
        (await store.PinSampleAsync(Guid.NewGuid(), "start", NodeConfig.Parse("{}"), Bob, Ct))!.ShouldContain("No flow");
    }

    private static FlowDefinition Renamed(string name)
    {
        var flow = FlowSerializer.Deserialize(Flow);
        return flow with { Metadata = flow.Metadata with { Name = name } };
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        (await services.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: action), Ct)).Items;
}
