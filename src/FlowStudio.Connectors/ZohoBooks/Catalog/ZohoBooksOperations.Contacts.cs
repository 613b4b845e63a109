using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

public static partial class ZohoBooksOperations
{
    private static readonly string[] ContactFields =
    [
        "contact_id", "contact_name", "company_name", "contact_type", "status", "email", "phone", "currency_code",
        "outstanding_receivable_amount:decimal", "unused_credits_receivable_amount:decimal", "vat_reg_no", "tax_reg_no", "gst_no",
    ];

    private static readonly string[] PersonFields = ["contact_person_id", "contact_id", "first_name", "last_name", "email", "phone", "is_primary_contact:boolean"];

    private static IEnumerable<ConnectorOperationDescriptor> Contacts() =>
    [
        Read("contacts.search", "Search contacts", "Contacts by email, name, company or tax number.", Many("contact", ContactFields),
            Text("email", "Email"), Text("name", "Name contains"), Text("company", "Company contains"), Text("tax_number", "Tax number"),
            Choice("contact_type", "Type", false, "customer", "vendor"),
            Choice("filter_by", "Status", false, "Status.All", "Status.Active", "Status.Inactive", "Status.Duplicate")),
        Read("contacts.get", "Get contact", "One contact with persons and addresses.", One("contact", [.. ContactFields, "contact_persons:list", "billing_address:object"]),
            Id("contact_id", "Contact")),
        Write("contacts.create", "Create contact", "A customer or vendor; an existing contact of the same name is returned on retry.",
            IdempotencyStrategy.NaturalKeyLookup, One("contact", ContactFields),
            Text("contact_name", "Display name", required: true), Text("company_name", "Company"), Choice("contact_type", "Type", false, "customer", "vendor"),
            Text("email", "Email"), Text("phone", "Phone"), Integer("payment_terms", "Payment terms (days)", 0), Text("currency_code", "Currency"),
            Text("vat_reg_no", "VAT number"), Text("tax_reg_no", "Tax registration number"), Text("gst_no", "GST number"),
            List("billing_address", "Billing address", false, "{ attention, address, city, state, zip, country }."),
            List("contact_persons", "Contact persons", false, "List of { first_name, last_name, email, phone, is_primary_contact }."),
            CustomFields(), IdempotencyKey()),
        Write("contacts.update", "Update contact", "Changes only the fields given; contact persons, when given, replace all.",
            IdempotencyStrategy.Naturally, One("contact", ContactFields),
            Id("contact_id", "Contact"), Text("contact_name", "Display name"), Text("company_name", "Company"), Text("email", "Email"),
            Text("phone", "Phone"), Integer("payment_terms", "Payment terms (days)", 0), Text("vat_reg_no", "VAT number"), CustomFields()),
        Write("contacts.mark_active", "Mark contact active", "Re-enables a contact.", IdempotencyStrategy.Naturally, One("result", "message"),
            Id("contact_id", "Contact")),
        Write("contacts.mark_inactive", "Mark contact inactive", "Hides a contact from new transactions.", IdempotencyStrategy.Naturally, One("result", "message"),
            Id("contact_id", "Contact")),
        Read("contacts.persons.list", "List contact persons", "The persons of a contact.", Many("contact_person", PersonFields),
            Id("contact_id", "Contact")),
        Write("contacts.persons.create", "Add contact person", "Adds a person; one with the same email on the contact is returned on retry.",
            IdempotencyStrategy.NaturalKeyLookup, One("contact_person", PersonFields),
            Id("contact_id", "Contact"), Text("first_name", "First name", required: true), Text("last_name", "Last name"),
            Text("email", "Email"), Text("phone", "Phone"), Flag("is_primary_contact", "Primary contact"), IdempotencyKey()),
        Write("contacts.persons.update", "Update contact person", "Changes only the fields given.", IdempotencyStrategy.Naturally, One("contact_person", PersonFields),
            Id("contact_person_id", "Contact person"), Text("first_name", "First name"), Text("last_name", "Last name"), Text("email", "Email"), Text("phone", "Phone")),
    ];
}
