using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public static class ContactLookup
{
    /// <summary>Finds the contact named by <paramref name="field"/> (customer_id or vendor_id) and checks its type.</summary>
    public static async Task<Contact> RequireAsync(ZohoSandboxDbContext db, string? rawId, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(rawId))
        {
            throw ZohoApiException.Missing(field);
        }

        var contact = await db.Contacts.FindAsync([ZohoIds.Parse(rawId, field)], cancellationToken);
        var type = field == "vendor_id" ? "vendor" : "customer";
        return contact is not null && contact.ContactType == type ? contact : throw ZohoApiException.InvalidValue(field);
    }
}
