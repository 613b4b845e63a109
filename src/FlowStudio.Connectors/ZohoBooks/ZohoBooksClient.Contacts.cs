using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks;

public sealed partial class ZohoBooksClient
{
    /// <summary>Contacts matching every criterion set; tax numbers go through <c>search_text</c> and are confirmed client-side.</summary>
    public async IAsyncEnumerable<ZohoContact> SearchContactsAsync(
        ZohoContactSearch search,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var query = new ZohoQuery()
            .Add("email", search.Email)
            .Add("contact_name_contains", search.Name)
            .Add("company_name_contains", search.Company)
            .Add("search_text", search.TaxNumber)
            .Add("contact_type", search.ContactType)
            .Add("filter_by", search.FilterBy);
        await foreach (var contact in ListAsync<ZohoContact>("contacts", "contacts", query, cancellationToken))
        {
            if ((search.TaxNumber is null || HasTaxNumber(contact, search.TaxNumber))
                && (search.ContactType is null || contact.ContactType is null || string.Equals(contact.ContactType, search.ContactType, StringComparison.OrdinalIgnoreCase)))
            {
                yield return contact;
            }
        }
    }

    public Task<ZohoContact> GetContactAsync(string contactId, CancellationToken cancellationToken = default) =>
        GetAsync<ZohoContact>($"contacts/{Id(contactId)}", "contact", null, cancellationToken);

    /// <summary>
    /// Contact names are unique in Zoho, so with an idempotency key a contact of the same name is returned
    /// instead of failing with code 1001 on the retry.
    /// </summary>
    public async Task<ZohoContact> CreateContactAsync(ZohoContactInput input, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.ContactName, nameof(input));
        if (idempotencyKey is not null)
        {
            await foreach (var existing in ListAsync<ZohoContact>("contacts", "contacts", new ZohoQuery().Add("contact_name", input.ContactName.Trim()), cancellationToken))
            {
                if (string.Equals(existing.ContactName, input.ContactName.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    return await GetContactAsync(existing.ContactId, cancellationToken);
                }
            }
        }

        return await PostAsync<ZohoContact>("contacts", "contact", input, null, cancellationToken);
    }

    public Task<ZohoContact> UpdateContactAsync(string contactId, ZohoContactInput input, CancellationToken cancellationToken = default) =>
        PutAsync<ZohoContact>($"contacts/{Id(contactId)}", "contact", input, cancellationToken);

    public Task<ZohoActionResult> MarkContactActiveAsync(string contactId, CancellationToken cancellationToken = default) =>
        ActionAsync($"contacts/{Id(contactId)}/active", null, cancellationToken);

    public Task<ZohoActionResult> MarkContactInactiveAsync(string contactId, CancellationToken cancellationToken = default) =>
        ActionAsync($"contacts/{Id(contactId)}/inactive", null, cancellationToken);

    public IAsyncEnumerable<ZohoContactPerson> ListContactPersonsAsync(string contactId, CancellationToken cancellationToken = default) =>
        ListAsync<ZohoContactPerson>($"contacts/{Id(contactId)}/contactpersons", "contact_persons", null, cancellationToken);

    /// <summary>With an idempotency key, a person of the same email on the same contact is returned instead of a second one.</summary>
    public async Task<ZohoContactPerson> CreateContactPersonAsync(ZohoContactPerson person, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentException.ThrowIfNullOrWhiteSpace(person.ContactId, nameof(person));
        if (idempotencyKey is not null && person.Email is not null)
        {
            await foreach (var existing in ListContactPersonsAsync(person.ContactId, cancellationToken))
            {
                if (string.Equals(existing.Email, person.Email, StringComparison.OrdinalIgnoreCase))
                {
                    return existing;
                }
            }
        }

        return await PostAsync<ZohoContactPerson>("contacts/contactpersons", "contact_person", person, null, cancellationToken);
    }

    public Task<ZohoContactPerson> UpdateContactPersonAsync(string contactPersonId, ZohoContactPerson person, CancellationToken cancellationToken = default) =>
        PutAsync<ZohoContactPerson>($"contacts/contactpersons/{Id(contactPersonId)}", "contact_person", person, cancellationToken);

    private static bool HasTaxNumber(ZohoContact contact, string taxNumber)
    {
        var wanted = Normalize(taxNumber);
        return new[] { contact.VatRegNo, contact.TaxRegNo, contact.GstNo }.Any(n => n is not null && Normalize(n) == wanted);

        static string Normalize(string value) => new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
    }

    /// <summary>Ids are numeric strings; escaping keeps a mapped value from changing the path.</summary>
    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id.Trim());
    }
}
