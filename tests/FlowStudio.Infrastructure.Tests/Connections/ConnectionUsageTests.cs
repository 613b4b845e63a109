using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Connections;

public sealed class ConnectionUsageTests : IAsyncLifetime
{
    private static readonly AuditActor Designer = new("designer-id", "designer@flowstudio.local", null);
    private SqliteServices services = default!;
    private ConnectionStore store = default!;
    private FlowStore flows = default!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        services = await ConnectionTestServices.StartAsync();
        store = services.Services.GetRequiredService<ConnectionStore>();
        flows = services.Services.GetRequiredService<FlowStore>();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    //  [manual] ──► [connector action: connection = id] ──► [stop]
    private static FlowDefinition FlowUsing(string name, string connectionId) => FlowSerializer.Deserialize($$"""
        {
          "schemaVersion": 1,
          "metadata": { "name": "{{name}}" },
          "nodes": [
            { "id": "start", "type": "trigger.manual" },
            { "id": "post", "type": "action.connector", "config": { "connection": "{{connectionId}}", "operation": "test-ledger.post" } },
            { "id": "end", "type": "flow.stop" }
          ],
          "connections": [
            { "fromNode": "start", "fromPort": "out", "toNode": "post", "toPort": "in" },
            { "fromNode": "post", "fromPort": "out", "toNode": "end", "toPort": "in" }
          ]
        }
        """);

    [Fact]
    public async Task FlowsUsing_DraftNodeHoldsId_ListsThatFlowOnly()
    {
        var used = (await store.CreateAsync(ConnectionStoreTests.Ledger(), Designer, Ct)).Connection!;
        var unused = (await store.CreateAsync(ConnectionStoreTests.Ledger(name: "Unused"), Designer, Ct)).Connection!;
        var flow = (await flows.CreateAsync(FlowUsing("Post payments", used.Id), Designer, Ct)).Flow!;
        await flows.CreateAsync(FlowUsing("Uses nothing known", "conn_doesnotexist"), Designer, Ct);

        var usages = services.Services.GetRequiredService<ConnectionUsages>();

        (await usages.FlowsUsingAsync(used.Id, Ct)).ShouldBe([new FlowReference(flow.Id, "Post payments")]);
        (await usages.FlowsUsingAsync(unused.Id, Ct)).ShouldBeEmpty();
        (await usages.AllAsync(Ct)).Keys.ShouldBe([used.Id, "conn_doesnotexist"], ignoreOrder: true);
    }

    [Fact]
    public async Task Delete_UsedByPublishedVersionOnly_IsRefusedNamingTheFlow()
    {
        var connection = (await store.CreateAsync(ConnectionStoreTests.Ledger(), Designer, Ct)).Connection!;
        var other = (await store.CreateAsync(ConnectionStoreTests.Ledger(name: "Other"), Designer, Ct)).Connection!;
        var flow = (await flows.CreateAsync(FlowUsing("Post payments", connection.Id), Designer, Ct)).Flow!;
        (await flows.PublishAsync(flow.Id, null, Designer, Ct)).Status.ShouldBe(FlowCommandStatus.Succeeded);
        // The new draft moves to the other connection; runs still use the published version, so the first stays in use.
        await flows.SaveDraftAsync(flow.Id, FlowUsing("Post payments", other.Id), null, Designer, Ct);

        var result = await store.DeleteAsync(connection.Id, null, Designer, Ct);

        result.Status.ShouldBe(ConnectionCommandStatus.Conflict);
        result.Message.ShouldBe("Connection 'Main ledger' is used by 1 flow: 'Post payments'. Choose another connection in that flow first.");
        (await store.GetAsync(connection.Id, Ct)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Delete_Unused_RemovesIt()
    {
        var connection = (await store.CreateAsync(ConnectionStoreTests.Ledger(), Designer, Ct)).Connection!;

        var stale = await store.DeleteAsync(connection.Id, connection.Revision + 1, Designer, Ct);
        var result = await store.DeleteAsync(connection.Id, connection.Revision, Designer, Ct);

        stale.Status.ShouldBe(ConnectionCommandStatus.Conflict);
        result.Succeeded.ShouldBeTrue(result.Message);
        (await store.GetAsync(connection.Id, Ct)).ShouldBeNull();
        (await store.DeleteAsync(connection.Id, null, Designer, Ct)).Status.ShouldBe(ConnectionCommandStatus.NotFound);
    }
}
