using FlowStudio.Core.Auditing;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Flows;

public sealed class FlowStoreTests : IAsyncLifetime
{
    //  [manual] ──► [stop]
    private const string ValidFlow = """
        {
          "schemaVersion": 1,
          "metadata": { "name": "Overdue reminders", "tags": ["ar", "reminders"] },
          "nodes": [
            { "id": "start", "type": "trigger.manual", "label": "Start", "position": { "x": 0, "y": 0 } },
            { "id": "end", "type": "flow.stop", "label": "End", "position": { "x": 200, "y": 0 } }
          ],
          "connections": [ { "fromNode": "start", "fromPort": "out", "toNode": "end", "toPort": "in" } ]
        }
        """;

    //  [stop]   (no trigger)
    private const string InvalidFlow = """
        { "schemaVersion": 1, "metadata": { "name": "Broken" }, "nodes": [ { "id": "end", "type": "flow.stop" } ] }
        """;

    private static readonly AuditActor Designer = new("designer-id", "designer@flowstudio.local", "10.1.1.1");
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
    public async Task Create_ValidFlow_SavesDraftV1AndAudits()
    {
        var result = await store.CreateAsync(FlowSerializer.Deserialize(ValidFlow), Designer, Ct);

        result.Status.ShouldBe(FlowCommandStatus.Succeeded);
        result.Issues.ShouldBeEmpty();
        var details = (await store.GetAsync(result.Flow!.Id, Ct)).ShouldNotBeNull();
        details.Flow.LatestVersion.ShouldBe(1);
        details.Flow.PublishedVersion.ShouldBeNull();
        details.Flow.Tags.ShouldBe(["ar", "reminders"]);
        details.Versions.ShouldHaveSingleItem().Status.ShouldBe(FlowVersionStatus.Draft);
        details.Latest.Nodes.Select(n => n.Id).ShouldBe(["start", "end"]);
        (await AuditAsync(AuditActions.FlowCreated)).ShouldHaveSingleItem().ActorName.ShouldBe(Designer.Name);
    }

    [Fact]
    public async Task Publish_ValidDraft_FreezesItAndNextSaveStartsV2()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(ValidFlow), Designer, Ct)).Flow!.Id;

        var published = await store.PublishAsync(id, expectedRevision: 1, Designer, Ct);
        published.Status.ShouldBe(FlowCommandStatus.Succeeded);
        published.Flow!.PublishedVersion.ShouldBe(1);

        var edited = FlowSerializer.Deserialize(ValidFlow) with { Metadata = new FlowMetadata { Name = "Overdue reminders v2" } };
        var saved = await store.SaveDraftAsync(id, edited, published.Flow.Revision, Designer, Ct);

        saved.Status.ShouldBe(FlowCommandStatus.Succeeded);
        saved.Flow!.LatestVersion.ShouldBe(2);
        saved.Flow.PublishedVersion.ShouldBe(1);
        saved.Flow.HasUnpublishedChanges.ShouldBeTrue();
        FlowSerializer.Deserialize((await store.ExportAsync(id, 1, Ct))!).Metadata.Name.ShouldBe("Overdue reminders");
        FlowSerializer.Deserialize((await store.ExportAsync(id, cancellationToken: Ct))!).Metadata.Name.ShouldBe("Overdue reminders v2");
        (await AuditAsync(AuditActions.FlowPublished)).ShouldHaveSingleItem().Summary.ShouldContain("v1");
    }

    [Fact]
    public async Task Publish_DraftWithErrors_IsRefusedWithIssuesAndChangesNothing()
    {
        var created = await store.CreateAsync(FlowSerializer.Deserialize(InvalidFlow), Designer, Ct);
        created.Status.ShouldBe(FlowCommandStatus.Succeeded, "drafts may be saved while still broken");
        created.Issues.ShouldNotBeEmpty();

        var result = await store.PublishAsync(created.Flow!.Id, null, Designer, Ct);

        result.Status.ShouldBe(FlowCommandStatus.Invalid);
        result.Issues.ShouldContain(i => i.Message.Contains("trigger", StringComparison.OrdinalIgnoreCase));
        (await store.GetAsync(created.Flow.Id, Ct))!.Flow.PublishedVersion.ShouldBeNull();
        (await AuditAsync(AuditActions.FlowPublished)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Publish_AlreadyPublished_IsAConflict()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(ValidFlow), Designer, Ct)).Flow!.Id;
        await store.PublishAsync(id, null, Designer, Ct);

        (await store.PublishAsync(id, null, Designer, Ct)).Status.ShouldBe(FlowCommandStatus.Conflict);
    }

    [Fact]
    public async Task SaveDraft_StaleRevision_IsAConflictAndKeepsTheOtherSave()
    {
        var id = (await store.CreateAsync(FlowSerializer.Deserialize(ValidFlow), Designer, Ct)).Flow!.Id;
        var first = FlowSerializer.Deserialize(ValidFlow) with { Metadata = new FlowMetadata { Name = "First editor" } };
        var second = FlowSerializer.Deserialize(ValidFlow) with { Metadata = new FlowMetadata { Name = "Second editor" } };
        (await store.SaveDraftAsync(id, first, 1, Designer, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);

        var stale = await store.SaveDraftAsync(id, second, 1, Designer, Ct);

        stale.Status.ShouldBe(FlowCommandStatus.Conflict);
        stale.Message.ShouldNotBeNull().ShouldContain("changed by someone else");
        (await store.GetAsync(id, Ct))!.Flow.Name.ShouldBe("First editor");
    }

    [Fact]
    public async Task SaveDraft_UnknownFlow_IsNotFound()
    {
        (await store.SaveDraftAsync(Guid.NewGuid(), FlowSerializer.Deserialize(ValidFlow), null, Designer, Ct)).Status
            .ShouldBe(FlowCommandStatus.NotFound);
    }

    [Fact]
    public async Task Create_BlankName_IsInvalidAndSavesNothing()
    {
        var nameless = FlowSerializer.Deserialize(ValidFlow) with { Metadata = new FlowMetadata { Name = "  " } };

        var result = await store.CreateAsync(nameless, Designer, Ct);

        result.Status.ShouldBe(FlowCommandStatus.Invalid);
        result.Message.ShouldNotBeNull().ShouldContain("metadata.name");
        (await store.ListAsync(cancellationToken: Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task List_Search_MatchesNameOrTag()
    {
        await store.CreateAsync(FlowSerializer.Deserialize(ValidFlow), Designer, Ct);
        await store.CreateAsync(FlowSerializer.Deserialize(InvalidFlow), Designer, Ct);

        (await store.ListAsync("overdue", Ct)).ShouldHaveSingleItem().Name.ShouldBe("Overdue reminders");
        (await store.ListAsync("reminders", Ct)).ShouldHaveSingleItem();
        (await store.ListAsync(cancellationToken: Ct)).Count.ShouldBe(2);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        (await services.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: action), Ct)).Items;
}
