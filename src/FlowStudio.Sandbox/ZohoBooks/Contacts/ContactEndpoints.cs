using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public static class ContactEndpoints
{
    private static readonly Dictionary<string, Func<(Contact Contact, decimal Outstanding), IComparable?>> SortColumns = new(StringComparer.Ordinal)
    {
        ["contact_name"] = c => c.Contact.ContactName,
        ["first_name"] = c => c.Contact.FirstName,
        ["last_name"] = c => c.Contact.LastName,
        ["email"] = c => c.Contact.Email,
        ["outstanding_receivable_amount"] = c => c.Outstanding,
        ["created_time"] = c => c.Contact.CreatedTime,
        ["last_modified_time"] = c => c.Contact.LastModifiedTime,
    };

    public static void MapContacts(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts", ListAsync).WithName("ZohoSandboxListContacts");
        api.MapGet("/contacts/{contactId}", GetAsync).WithName("ZohoSandboxGetContact");
        api.MapPost("/contacts", CreateAsync).WithName("ZohoSandboxCreateContact");
        api.MapPut("/contacts/{contactId}", UpdateAsync).WithName("ZohoSandboxUpdateContact");
        api.MapPost("/contacts/{contactId}/active", (string contactId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken ct) =>
            SetStatusAsync(contactId, "active", db, time, ct)).WithName("ZohoSandboxMarkContactActive");
        api.MapPost("/contacts/{contactId}/inactive", (string contactId, ZohoSandboxDbContext db, TimeProvider time, CancellationToken ct) =>
            SetStatusAsync(contactId, "inactive", db, time, ct)).WithName("ZohoSandboxMarkContactInactive");
        api.MapContactPersons();
    }

    public static async Task<IResult> ListAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var query = new ZohoListQuery(request.Query);
        var filter = query.Get("filter_by") ?? "Status.All";
        var contacts = await db.Contacts.AsNoTracking().ToListAsync(cancellationToken);
        var balances = await ContactBalances.LoadAsync(db, cancellationToken);
        var duplicates = contacts.Where(c => c.Email is not null)
            .GroupBy(c => c.Email!.ToUpperInvariant())
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(c => c.Id))
            .ToHashSet();
        var search = query.Get("search_text");
        var matching = contacts.Where(c =>
            filter switch
            {
                "Status.All" => true,
                "Status.Active" => c.Status == "active",
                "Status.Inactive" => c.Status == "inactive",
                "Status.Duplicate" => duplicates.Contains(c.Id),
                "Status.Crm" => false,
                _ => throw ZohoApiException.InvalidValue("filter_by"),
            }
            && (query.Get("contact_type") is not { } type || c.ContactType == type)
            && query.Text(c.ContactName, "contact_name")
            && query.Text(c.CompanyName, "company_name")
            && query.Text(c.FirstName, "first_name")
            && query.Text(c.LastName, "last_name")
            && query.Text(c.Email, "email")
            && query.Text(c.Phone, "phone")
            && query.Text(c.BillingAddress.Address, "address")
            && query.Text(c.VatRegNo, "vat_reg_no")
            && query.Text(c.TaxRegNo, "tax_reg_no")
            && query.Text(c.GstNo, "gst_no")
            && (search is null || new[] { c.ContactName, c.CompanyName, c.Email, c.VatRegNo, c.TaxRegNo, c.GstNo }
                .Any(v => v?.Contains(search, StringComparison.OrdinalIgnoreCase) == true)))
            .Select(c => (Contact: c, Outstanding: balances.Outstanding(c.Id)));
        var (sorted, column, order) = query.Sort(matching, SortColumns, "contact_name", "A");
        var page = query.Page(
            sorted.Select(c => ContactResponse.From(c.Contact, c.Outstanding, balances.UnusedCredits(c.Contact.Id))),
            "Contacts",
            filter,
            column,
            order);
        return ZohoResults.List("contacts", page);
    }

    public static async Task<IResult> GetAsync(string contactId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(db, contactId, cancellationToken);
        return ZohoResults.Ok("success", "contact", await DetailAsync(db, contact, cancellationToken));
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<ContactRequest>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(body.ContactName))
        {
            throw ZohoApiException.Missing("contact_name");
        }

        if (body.ContactType is not (null or "customer" or "vendor"))
        {
            throw ZohoApiException.InvalidValue("contact_type");
        }

        await EnsureUniqueNameAsync(db, body.ContactName, null, cancellationToken);
        var now = time.GetUtcNow();
        var contact = new Contact { Id = await db.NextIdAsync(cancellationToken), CreatedTime = now, LastModifiedTime = now };
        body.ApplyTo(contact);
        db.Contacts.Add(contact);
        await ReplacePersonsAsync(db, contact, body.ContactPersons, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The contact has been added.", "contact", await DetailAsync(db, contact, cancellationToken));
    }

    public static async Task<IResult> UpdateAsync(string contactId, HttpRequest request, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(db, contactId, cancellationToken);
        var body = await ZohoBody.ReadAsync<ContactRequest>(request, cancellationToken);
        if (body.ContactName is not null)
        {
            if (string.IsNullOrWhiteSpace(body.ContactName))
            {
                throw ZohoApiException.InvalidValue("contact_name");
            }

            await EnsureUniqueNameAsync(db, body.ContactName, contact.Id, cancellationToken);
        }

        body.ApplyTo(contact);
        contact.LastModifiedTime = time.GetUtcNow();
        if (body.ContactPersons is not null)
        {
            db.ContactPersons.RemoveRange(await db.ContactPersons.Where(p => p.ContactId == contact.Id).ToListAsync(cancellationToken));
            await ReplacePersonsAsync(db, contact, body.ContactPersons, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("Contact has been updated successfully", "contact", await DetailAsync(db, contact, cancellationToken));
    }

    public static async Task<IResult> SetStatusAsync(string contactId, string status, ZohoSandboxDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var contact = await FindAsync(db, contactId, cancellationToken);
        contact.Status = status;
        contact.LastModifiedTime = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok($"The contact has been marked as {status}.");
    }

    internal static async Task<Contact> FindAsync(ZohoSandboxDbContext db, string contactId, CancellationToken cancellationToken) =>
        await db.Contacts.FindAsync([ZohoIds.Parse(contactId, "contact_id")], cancellationToken) ?? throw ZohoApiException.NotFound("Contact");

    private static async Task<ContactResponse> DetailAsync(ZohoSandboxDbContext db, Contact contact, CancellationToken cancellationToken)
    {
        var persons = await db.ContactPersons.AsNoTracking().Where(p => p.ContactId == contact.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var balances = await ContactBalances.LoadAsync(db, cancellationToken);
        return ContactResponse.From(contact, balances.Outstanding(contact.Id), balances.UnusedCredits(contact.Id), persons);
    }

    private static async Task EnsureUniqueNameAsync(ZohoSandboxDbContext db, string name, long? exceptId, CancellationToken cancellationToken)
    {
        var names = await db.Contacts.AsNoTracking().Where(c => c.Id != exceptId).Select(c => c.ContactName).ToListAsync(cancellationToken);
        if (names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            throw new ZohoApiException(400, ZohoErrorCodes.AlreadyExists, $"The contact \"{name.Trim()}\" already exists.");
        }
    }

    private static async Task ReplacePersonsAsync(ZohoSandboxDbContext db, Contact contact, List<ContactPersonPayload>? persons, CancellationToken cancellationToken)
    {
        foreach (var payload in persons ?? [])
        {
            var person = new ContactPerson { Id = await db.NextIdAsync(cancellationToken), ContactId = contact.Id };
            payload.ApplyTo(person);
            db.ContactPersons.Add(person);
            if (person.IsPrimaryContact || persons!.Count == 1)
            {
                person.IsPrimaryContact = true;
                contact.FirstName = person.FirstName;
                contact.LastName = person.LastName;
                contact.Email = person.Email ?? contact.Email;
            }
        }
    }
}
