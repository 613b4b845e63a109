using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

internal static partial class ZohoOperationHandlers
{
    private static readonly string[] AddressFields = ["attention", "address", "street2", "city", "state", "zip", "country", "phone"];

    private static readonly string[] PersonFields = ["first_name", "last_name", "email", "phone", "mobile", "is_primary_contact"];

    private static IEnumerable<ZohoOperationHandler> Contacts() =>
    [
        ZohoOperationHandler.Many("contacts.search", call =>
        {
            var search = new ZohoContactSearch
            {
                Email = call.Input.Text("email"),
                Name = call.Input.Text("name"),
                Company = call.Input.Text("company"),
                TaxNumber = call.Input.Text("tax_number"),
                ContactType = call.Input.Text("contact_type"),
                FilterBy = call.Input.Text("filter_by"),
            };
            return call.List((client, ct) => client.SearchContactsAsync(search, ct));
        }),
        ZohoOperationHandler.One("contacts.get", call =>
        {
            var id = call.Input.Required("contact_id");
            return call.SendAsync((client, ct) => client.GetContactAsync(id, ct));
        }),
        ZohoOperationHandler.One("contacts.create", call =>
        {
            var contact = ContactInput(call.Input) with
            {
                ContactType = call.Input.Text("contact_type"),
                CurrencyCode = call.Input.Text("currency_code"),
                TaxRegNo = call.Input.Text("tax_reg_no"),
                GstNo = call.Input.Text("gst_no"),
                BillingAddress = call.Input.Fields.Object("billing_address", AddressFields, Address),
                ContactPersons = call.Input.Fields.Objects("contact_persons", PersonFields, Person),
            };
            return call.SendAsync((client, ct) => client.CreateContactAsync(contact, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.One("contacts.update", call =>
        {
            var id = call.Input.Required("contact_id");
            var contact = ContactInput(call.Input);
            return call.SendAsync((client, ct) => client.UpdateContactAsync(id, contact, ct));
        }),
        ZohoOperationHandler.One("contacts.mark_active", call =>
        {
            var id = call.Input.Required("contact_id");
            return call.SendAsync((client, ct) => client.MarkContactActiveAsync(id, ct), ZohoOutput.Action);
        }),
        ZohoOperationHandler.One("contacts.mark_inactive", call =>
        {
            var id = call.Input.Required("contact_id");
            return call.SendAsync((client, ct) => client.MarkContactInactiveAsync(id, ct), ZohoOutput.Action);
        }),
        ZohoOperationHandler.Many("contacts.persons.list", call =>
        {
            var id = call.Input.Required("contact_id");
            return call.List((client, ct) => client.ListContactPersonsAsync(id, ct));
        }),
        ZohoOperationHandler.One("contacts.persons.create", call =>
        {
            var person = Person(call.Input.Fields) with { ContactId = call.Input.Required("contact_id") };
            return call.SendAsync((client, ct) => client.CreateContactPersonAsync(person, call.IdempotencyKey, ct));
        }),
        ZohoOperationHandler.One("contacts.persons.update", call =>
        {
            var id = call.Input.Required("contact_person_id");
            var person = Person(call.Input.Fields);
            return call.SendAsync((client, ct) => client.UpdateContactPersonAsync(id, person, ct));
        }),
    ];

    /// <summary>The fields create and update share.</summary>
    private static ZohoContactInput ContactInput(ZohoInput input) => new()
    {
        ContactName = input.Text("contact_name"),
        CompanyName = input.Text("company_name"),
        Email = input.Text("email"),
        Phone = input.Text("phone"),
        PaymentTerms = input.Integer("payment_terms"),
        VatRegNo = input.Text("vat_reg_no"),
        CustomFields = input.CustomFields(),
    };

    private static ZohoAddress Address(InputObject address) => new()
    {
        Attention = address.Text("attention"),
        Address = address.Text("address"),
        Street2 = address.Text("street2"),
        City = address.Text("city"),
        State = address.Text("state"),
        Zip = address.Text("zip"),
        Country = address.Text("country"),
        Phone = address.Text("phone"),
    };

    private static ZohoContactPerson Person(InputObject person) => new()
    {
        FirstName = person.Text("first_name"),
        LastName = person.Text("last_name"),
        Email = person.Text("email"),
        Phone = person.Text("phone"),
        Mobile = person.Text("mobile"),
        IsPrimaryContact = person.Flag("is_primary_contact"),
    };
}
