using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

/// <summary>The "contacts changed" read behind the Zoho poll trigger, against the Zoho sandbox.</summary>
public sealed class ContactChangesTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ContactsChangedSince_ReturnsOnlyChangesAtOrAfter_OldestFirst()
    {
        var client = fixture.Harness.Client;
        var all = await client.ContactsChangedSinceAsync(null, Ct).ToListAsync(Ct);
        var created = await client.CreateContactAsync(new ZohoContactInput { ContactName = $"Changed Since {Guid.NewGuid():N}" }, cancellationToken: Ct);
        var since = created.LastModifiedTime.ShouldNotBeNull();

        var changed = await client.ContactsChangedSinceAsync(since, Ct).ToListAsync(Ct);
        var future = await client.ContactsChangedSinceAsync(since.AddYears(1), Ct).ToListAsync(Ct);

        all.Count.ShouldBeGreaterThan(1);
        all.Select(c => c.LastModifiedTime).ShouldBeInOrder(SortDirection.Ascending);
        changed.ShouldContain(c => c.ContactId == created.ContactId);
        changed.ShouldAllBe(c => c.LastModifiedTime >= since);
        changed.Select(c => c.LastModifiedTime).ShouldBeInOrder(SortDirection.Ascending);
        changed.Count.ShouldBeLessThan(all.Count + 1);
        future.ShouldBeEmpty();
    }
}
