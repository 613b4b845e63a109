using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public static class ContactPersonEndpoints
{
    public static void MapContactPersons(this RouteGroupBuilder api)
    {
        api.MapGet("/contacts/{contactId}/contactpersons", ListAsync).WithName("ZohoSandboxListContactPersons");
        api.MapGet("/contacts/{contactId}/contactpersons/{personId}", GetAsync).WithName("ZohoSandboxGetContactPerson");
        api.MapPost("/contacts/contactpersons", CreateAsync).WithName("ZohoSandboxCreateContactPerson");
        api.MapPut("/contacts/contactpersons/{personId}", UpdateAsync).WithName("ZohoSandboxUpdateContactPerson");
        api.MapDelete("/contacts/contactpersons/{personId}", DeleteAsync).WithName("ZohoSandboxDeleteContactPerson");
    }

    public static async Task<IResult> ListAsync(string contactId, HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var contact = await ContactEndpoints.FindAsync(db, contactId, cancellationToken);
        var persons = await db.ContactPersons.AsNoTracking().Where(p => p.ContactId == contact.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var page = new ZohoListQuery(request.Query).Page(persons.Select(ContactPersonPayload.From), "Contact Persons", "Status.All", "created_time", "A");
        return ZohoResults.List("contact_persons", page);
    }

    public static async Task<IResult> GetAsync(string contactId, string personId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var contact = await ContactEndpoints.FindAsync(db, contactId, cancellationToken);
        var person = await FindAsync(db, personId, cancellationToken);
        return person.ContactId == contact.Id
            ? ZohoResults.Ok("success", "contact_person", ContactPersonPayload.From(person))
            : throw ZohoApiException.NotFound("Contact person");
    }

    public static async Task<IResult> CreateAsync(HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var body = await ZohoBody.ReadAsync<ContactPersonPayload>(request, cancellationToken);
        if (string.IsNullOrWhiteSpace(body.ContactId))
        {
            throw ZohoApiException.Missing("contact_id");
        }

        var contact = await ContactEndpoints.FindAsync(db, body.ContactId, cancellationToken);
        if (string.IsNullOrWhiteSpace(body.FirstName))
        {
            throw ZohoApiException.Missing("first_name");
        }

        var person = new ContactPerson { Id = await db.NextIdAsync(cancellationToken), ContactId = contact.Id };
        body.ApplyTo(person);
        db.ContactPersons.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Created("The contactperson has been Created", "contact_person", ContactPersonPayload.From(person));
    }

    public static async Task<IResult> UpdateAsync(string personId, HttpRequest request, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        var person = await FindAsync(db, personId, cancellationToken);
        var body = await ZohoBody.ReadAsync<ContactPersonPayload>(request, cancellationToken);
        body.ApplyTo(person);
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("The contactperson details has been updated.", "contact_person", ContactPersonPayload.From(person));
    }

    public static async Task<IResult> DeleteAsync(string personId, ZohoSandboxDbContext db, CancellationToken cancellationToken)
    {
        db.ContactPersons.Remove(await FindAsync(db, personId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return ZohoResults.Ok("The contact person has been deleted.");
    }

    private static async Task<ContactPerson> FindAsync(ZohoSandboxDbContext db, string personId, CancellationToken cancellationToken) =>
        await db.ContactPersons.FindAsync([ZohoIds.Parse(personId, "contact_person_id")], cancellationToken)
        ?? throw ZohoApiException.NotFound("Contact person");
}
