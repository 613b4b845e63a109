using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class ContactOperationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateGetUpdate_NewCustomer_RoundTripsFieldsAndPersons()
    {
        var client = fixture.Harness.Client;
        var created = await client.CreateContactAsync(
            new ZohoContactInput
            {
                ContactName = "Contract Test Ltd",
                CompanyName = "Contract Test Ltd",
                ContactType = "customer",
                PaymentTerms = 15,
                CreditLimit = 5000.50m,
                VatRegNo = "GB123 456 789",
                ContactPersons = [new ZohoContactPerson { FirstName = "Jo", LastName = "Lee", Email = "jo@contract.test", IsPrimaryContact = true }],
            },
            cancellationToken: Ct);

        var fetched = await client.GetContactAsync(created.ContactId, Ct);
        var updated = await client.UpdateContactAsync(created.ContactId, new ZohoContactInput { Phone = "+1 555 0100" }, Ct);

        fetched.ContactName.ShouldBe("Contract Test Ltd");
        fetched.CreditLimit.ShouldBe(5000.50m);
        fetched.PaymentTermsLabel.ShouldBe("Net 15");
        fetched.ContactPersons!.Single().Email.ShouldBe("jo@contract.test");
        updated.Phone.ShouldBe("+1 555 0100");
        updated.CompanyName.ShouldBe("Contract Test Ltd");
    }

    [Fact]
    public async Task SearchContacts_ByEmailNameCompanyAndTaxNumber_FindsTheContact()
    {
        var client = fixture.Harness.Client;
        var contact = await client.CreateContactAsync(
            new ZohoContactInput { ContactName = "Searchable Widgets", CompanyName = "Searchable Widgets Inc", Email = "ap@searchable.test", TaxRegNo = "TX-998877" },
            cancellationToken: Ct);

        var byEmail = await client.SearchContactsAsync(new ZohoContactSearch { Email = "ap@searchable.test" }, Ct).ToListAsync(Ct);
        var byName = await client.SearchContactsAsync(new ZohoContactSearch { Name = "searchable" }, Ct).ToListAsync(Ct);
        var byCompany = await client.SearchContactsAsync(new ZohoContactSearch { Company = "Widgets Inc" }, Ct).ToListAsync(Ct);
        var byTax = await client.SearchContactsAsync(new ZohoContactSearch { TaxNumber = "TX-998877" }, Ct).ToListAsync(Ct);

        byEmail.Select(c => c.ContactId).ShouldBe([contact.ContactId]);
        byName.Select(c => c.ContactId).ShouldContain(contact.ContactId);
        byCompany.Select(c => c.ContactId).ShouldBe([contact.ContactId]);
        byTax.Select(c => c.ContactId).ShouldBe([contact.ContactId]);
    }

    [Fact]
    public async Task MarkInactiveThenActive_ChangesStatus()
    {
        var client = fixture.Harness.Client;
        var contact = await client.CreateContactAsync(new ZohoContactInput { ContactName = "Toggle Co" }, cancellationToken: Ct);

        await client.MarkContactInactiveAsync(contact.ContactId, Ct);
        var inactive = await client.GetContactAsync(contact.ContactId, Ct);
        var result = await client.MarkContactActiveAsync(contact.ContactId, Ct);
        var active = await client.GetContactAsync(contact.ContactId, Ct);

        inactive.Status.ShouldBe("inactive");
        active.Status.ShouldBe("active");
        result.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task ContactPersons_CreateListUpdate_AndIdempotentCreateByEmail()
    {
        var client = fixture.Harness.Client;
        var contact = await client.CreateContactAsync(new ZohoContactInput { ContactName = "People Co", ContactType = "customer" }, cancellationToken: Ct);
        var person = new ZohoContactPerson { ContactId = contact.ContactId, FirstName = "Ann", LastName = "Li", Email = "ann@people.test" };

        var first = await client.CreateContactPersonAsync(person, "run-1/node-2/0", Ct);
        var retried = await client.CreateContactPersonAsync(person, "run-1/node-2/0", Ct);
        var updated = await client.UpdateContactPersonAsync(first.ContactPersonId!, new ZohoContactPerson { Phone = "555-0101" }, Ct);
        var persons = await client.ListContactPersonsAsync(contact.ContactId, Ct).ToListAsync(Ct);

        retried.ContactPersonId.ShouldBe(first.ContactPersonId);
        updated.Phone.ShouldBe("555-0101");
        persons.Count.ShouldBe(1);
    }

    [Fact]
    public async Task CreateContact_SameIdempotencyKeyTwice_ReturnsTheSameContact()
    {
        var client = fixture.Harness.Client;
        var input = new ZohoContactInput { ContactName = "Idempotent Customer", ContactType = "customer" };

        var first = await client.CreateContactAsync(input, "run-7/node-1/0", Ct);
        var second = await client.CreateContactAsync(input, "run-7/node-1/0", Ct);
        var matches = await client.SearchContactsAsync(new ZohoContactSearch { Name = "Idempotent Customer" }, Ct).ToListAsync(Ct);

        second.ContactId.ShouldBe(first.ContactId);
        matches.Count.ShouldBe(1);
    }
}
