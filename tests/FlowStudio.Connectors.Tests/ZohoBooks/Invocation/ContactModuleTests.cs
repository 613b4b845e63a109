using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Contact and contact-person operations through <c>ZohoBooksModule.InvokeAsync</c> against the sandbox.</summary>
public sealed class ContactModuleTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task CreateGetUpdateSearch_WithAddressPersonsAndCustomFields()
    {
        var name = "Module Contact " + Guid.NewGuid().ToString("N")[..6];

        var created = await Harness.OutputAsync("contacts.create", new
        {
            contact_name = name,
            company_name = name + " Inc",
            contact_type = "customer",
            email = "ap@module-contact.test",
            payment_terms = 15,
            tax_reg_no = "TX-4242",
            billing_address = new { attention = "AP", address = "1 Main St", city = "Austin", zip = "78701" },
            contact_persons = new[] { new { first_name = "Jo", last_name = "Lee", email = "jo@module-contact.test", is_primary_contact = true } },
            custom_fields = new[] { new { label = "Segment", value = "SMB" } },
        });
        var id = created.GetProperty("contact_id").GetString()!;
        var fetched = await Harness.OutputAsync("contacts.get", new { contact_id = id });
        var updated = await Harness.OutputAsync("contacts.update", new { contact_id = id, phone = "+1 555 0100", payment_terms = "30" });
        var found = await Harness.OutputAsync("contacts.search", new { tax_number = "TX-4242", contact_type = "customer" });

        OutputShape.ShouldMatch(created, "contacts.create");
        OutputShape.ShouldMatch(fetched, "contacts.get");
        OutputShape.ShouldMatch(updated, "contacts.update");
        OutputShape.ShouldMatch(found, "contacts.search").Select(c => c.GetProperty("contact_id").GetString()).ShouldBe([id]);
        fetched.GetProperty("billing_address").GetProperty("city").GetString().ShouldBe("Austin");
        fetched.GetProperty("contact_persons").GetArrayLength().ShouldBe(1);
        updated.GetProperty("phone").GetString().ShouldBe("+1 555 0100");
        (await Harness.Client.GetContactAsync(id, Ct)).PaymentTerms.ShouldBe(30);
    }

    [Fact]
    public async Task Create_TwiceWithOneKey_FindsTheContactByName()
    {
        var name = "Retried Contact " + Guid.NewGuid().ToString("N")[..6];
        var key = Guid.NewGuid() + "/contact/0";

        var first = await Harness.OutputAsync("contacts.create", new { contact_name = name }, key);
        var retried = await Harness.OutputAsync("contacts.create", new { contact_name = name }, key);

        retried.GetProperty("contact_id").GetString().ShouldBe(first.GetProperty("contact_id").GetString());
        (await Harness.Client.SearchContactsAsync(new ZohoContactSearch { Name = name }, Ct).CountAsync(Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task MarkInactiveThenActive_ChangesStatus()
    {
        var contact = await Harness.Client.CreateContactAsync(new ZohoContactInput { ContactName = "Toggle " + Guid.NewGuid().ToString("N")[..6] }, cancellationToken: Ct);

        var inactive = await Harness.OutputAsync("contacts.mark_inactive", new { contact_id = contact.ContactId });
        var statusWhileInactive = (await Harness.Client.GetContactAsync(contact.ContactId, Ct)).Status;
        var active = await Harness.OutputAsync("contacts.mark_active", new { contact_id = contact.ContactId });

        OutputShape.ShouldMatch(inactive, "contacts.mark_inactive");
        OutputShape.ShouldMatch(active, "contacts.mark_active");
        statusWhileInactive.ShouldBe("inactive");
        (await Harness.Client.GetContactAsync(contact.ContactId, Ct)).Status.ShouldBe("active");
    }

    [Fact]
    public async Task Persons_CreateTwiceListUpdate_KeepsOnePersonPerEmail()
    {
        var contact = await Harness.Client.CreateContactAsync(new ZohoContactInput { ContactName = "People " + Guid.NewGuid().ToString("N")[..6] }, cancellationToken: Ct);
        var person = new { contact_id = contact.ContactId, first_name = "Ann", last_name = "Li", email = "ann@people.test", is_primary_contact = "false" };

        var first = await Harness.OutputAsync("contacts.persons.create", person, "run-p/person/0");
        var retried = await Harness.OutputAsync("contacts.persons.create", person, "run-p/person/0");
        var personId = first.GetProperty("contact_person_id").GetString()!;
        var updated = await Harness.OutputAsync("contacts.persons.update", new { contact_person_id = personId, phone = "555-0101" });
        var listed = await Harness.OutputAsync("contacts.persons.list", new { contact_id = contact.ContactId });

        OutputShape.ShouldMatch(first, "contacts.persons.create");
        OutputShape.ShouldMatch(updated, "contacts.persons.update");
        retried.GetProperty("contact_person_id").GetString().ShouldBe(personId);
        var persons = OutputShape.ShouldMatch(listed, "contacts.persons.list");
        persons.Count.ShouldBe(1);
        persons[0].GetProperty("phone").GetString().ShouldBe("555-0101");
    }
}
