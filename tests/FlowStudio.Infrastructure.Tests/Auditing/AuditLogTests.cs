using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Auditing;

public sealed class AuditLogTests : IAsyncLifetime
{
    private SqliteServices services = default!;
    private AuditLog audit = default!;

    public async ValueTask InitializeAsync()
    {
        services = await SqliteServices.StartAsync();
        audit = services.Services.GetRequiredService<AuditLog>();
        var alice = new AuditActor("alice-id", "alice@example.com", "10.0.0.1");
        var bob = new AuditActor("bob-id", "bob@example.com", "10.0.0.2");
        await audit.RecordAsync(alice, new AuditRecord("test.alpha", "Alice changed invoice INV-100_A", "Invoice", "INV-100"));
        await audit.RecordAsync(bob, new AuditRecord("test.beta", "Bob approved 50% discount", "Approval", "AP-7",
            Before: new { Status = "Pending" }, After: new { Status = "Approved" }));
        await audit.RecordAsync(alice, new AuditRecord("test.beta", "Alice rejected payment", "Payment", "PAY-9"));
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    private Task<AuditPage> SearchAsync(AuditQuery query) => audit.SearchAsync(query, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Search_ByAction_ReturnsOnlyThatActionNewestFirst()
    {
        var page = await SearchAsync(new AuditQuery(Action: "test.beta"));

        page.Total.ShouldBe(2);
        page.Items.Select(e => e.Summary).ShouldBe(["Alice rejected payment", "Bob approved 50% discount"]);
    }

    [Fact]
    public async Task Search_ByActorNameOrId_IsCaseInsensitive()
    {
        (await SearchAsync(new AuditQuery(Actor: "ALICE"))).Items.Count(e => e.Action.StartsWith("test.", StringComparison.Ordinal)).ShouldBe(2);
        (await SearchAsync(new AuditQuery(Actor: "bob-id"))).Items.ShouldHaveSingleItem().Summary.ShouldStartWith("Bob");
    }

    [Fact]
    public async Task Search_Text_TreatsWildcardCharactersLiterally()
    {
        (await SearchAsync(new AuditQuery(Text: "50%"))).Items.ShouldHaveSingleItem().TargetId.ShouldBe("AP-7");
        (await SearchAsync(new AuditQuery(Text: "100_A"))).Items.ShouldHaveSingleItem().TargetId.ShouldBe("INV-100");
        (await SearchAsync(new AuditQuery(Text: "0_A%"))).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_Text_MatchesTargetId()
    {
        (await SearchAsync(new AuditQuery(Text: "pay-9"))).Items.ShouldHaveSingleItem().Summary.ShouldBe("Alice rejected payment");
    }

    [Fact]
    public async Task Search_DateRange_ExcludesEntriesOutsideIt()
    {
        var future = DateTimeOffset.UtcNow.AddDays(1);

        (await SearchAsync(new AuditQuery(From: future))).Total.ShouldBe(0);
        (await SearchAsync(new AuditQuery(To: DateTimeOffset.UtcNow.AddDays(-1)))).Total.ShouldBe(0);
        (await SearchAsync(new AuditQuery(Action: "test.alpha", From: DateTimeOffset.UtcNow.AddMinutes(-5), To: future))).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Search_Paging_SkipsAndTakes()
    {
        var first = await SearchAsync(new AuditQuery(Actor: "alice", Take: 1));
        var second = await SearchAsync(new AuditQuery(Actor: "alice", Skip: 1, Take: 1));

        first.Total.ShouldBe(2);
        first.Items.ShouldHaveSingleItem();
        second.Items.ShouldHaveSingleItem().Id.ShouldNotBe(first.Items[0].Id);
    }

    [Fact]
    public async Task Record_BeforeAfter_StoredAsIndentedJson()
    {
        var entry = (await SearchAsync(new AuditQuery(Text: "discount"))).Items.Single();

        entry.BeforeJson.ShouldNotBeNull().ShouldContain("\"status\": \"Pending\"");
        entry.AfterJson.ShouldNotBeNull().ShouldContain("\"status\": \"Approved\"");
        entry.IpAddress.ShouldBe("10.0.0.2");
    }
}
