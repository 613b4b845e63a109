using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

/// <summary>Picks ids out of the sandbox's seeded demo organisation through the client itself.</summary>
internal static class SandboxData
{
    public static async Task<ZohoContact> CustomerAsync(ZohoBooksClient client) =>
        await client.SearchContactsAsync(new ZohoContactSearch { ContactType = "customer", FilterBy = "Status.Active" }, TestContext.Current.CancellationToken)
            .FirstAsync(c => c.ContactType == "customer", TestContext.Current.CancellationToken);

    public static async Task<ZohoContact> VendorAsync(ZohoBooksClient client) =>
        await client.SearchContactsAsync(new ZohoContactSearch { ContactType = "vendor" }, TestContext.Current.CancellationToken)
            .FirstAsync(c => c.ContactType == "vendor", TestContext.Current.CancellationToken);

    public static async Task<ZohoAccount> AccountAsync(ZohoBooksClient client, string type) =>
        await client.ListAccountsAsync(TestContext.Current.CancellationToken).FirstAsync(a => a.AccountType == type, TestContext.Current.CancellationToken);

    public static async Task<ZohoItem> ItemAsync(ZohoBooksClient client) =>
        await client.ListItemsAsync(TestContext.Current.CancellationToken).FirstAsync(TestContext.Current.CancellationToken);

    public static ZohoLineItem Line(ZohoItem item, decimal rate, decimal quantity) =>
        new() { ItemId = item.ItemId, Name = item.Name, Rate = rate, Quantity = quantity };
}
