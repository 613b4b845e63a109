using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Contacts;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    // Near-duplicates on purpose (name variants, same email in another case) feed the duplicate review queue.
    private static readonly (string Name, string Email, string? Vat)[] CustomerRows =
    [
        ("Acme Corp", "billing@acme.com", "GB123456789"), ("ACME Corporation", "Billing@Acme.com", "GB123456789"),
        ("Globex Inc", "ap@globex.com", null), ("Globex, Inc.", "AP@globex.com", null),
        ("Initech LLC", "accounts@initech.io", "US-88-1234567"), ("Initech", "accounts@initech.io", null),
        ("Umbrella Holdings", "finance@umbrella.co", null), ("Umbrella Holdings Ltd", "finance@umbrella.co.uk", "GB987654321"),
        ("Stark Industries", "payables@stark.com", null), ("Wayne Enterprises", "ap@wayne.com", null),
        ("Wonka Confections", "orders@wonka.com", null), ("Tyrell Systems", "billing@tyrell.ai", null),
        ("Cyberdyne Analytics", "ap@cyberdyne.net", null), ("Soylent Foods", "invoices@soylent.com", null),
        ("Hooli", "ap@hooli.xyz", null), ("Pied Piper", "finance@piedpiper.com", null),
        ("Vandelay Industries", "art@vandelay.com", null), ("Dunder Mifflin", "accounting@dundermifflin.com", null),
        ("Gringotts Advisory", "ledger@gringotts.uk", "GB555000111"), ("Oceanic Airlines", "ap@oceanic.aero", null),
        ("Massive Dynamic", "billing@massivedynamic.com", null), ("Aperture Labs", "science@aperture.com", null),
        ("Black Mesa Research", "accounts@blackmesa.org", null), ("Monarch Solutions", "ap@monarch.io", null),
        ("Nakatomi Trading", "finance@nakatomi.jp", null), ("Oscorp", "ap@oscorp.com", null),
        ("Prestige Worldwide", "boats@prestige.com", null), ("Sterling Cooper", "accounts@sterlingcooper.com", null),
        ("Bluth Company", "ap@bluth.com", null), ("Los Pollos Hermanos", "ap@lospollos.com", null),
        ("Krusty Krab", "money@krustykrab.sea", null), ("Blue Sun Corp", "ap@bluesun.space", null),
        ("Weyland Yutani", "finance@weyland.com", null), ("Virtucon", "ap@virtucon.com", null),
        ("Cogswell Cogs", "billing@cogswell.com", null), ("Spacely Sprockets", "billing@spacely.com", null),
        ("Gekko and Co", "ap@gekko.com", null), ("Duff Brewing", "ap@duff.com", null),
        ("Ollivanders Supplies", "wands@ollivanders.uk", "GB222333444"), ("Rekall Travel", "ap@rekall.com", null),
        ("Zorg Industries", "ap@zorg.com", null), ("Yoyodyne Propulsion", "ap@yoyodyne.com", null),
        ("Primatech Paper", "ap@primatech.com", null), ("Wernham Hogg", "accounts@wernhamhogg.co.uk", "GB777888999"),
        ("Northwind Traders", "ap@northwind.com", null), ("Contoso Ltd", "ap@contoso.com", null),
        ("Contoso Limited", "AP@Contoso.com", null), ("Fabrikam Inc", "ap@fabrikam.com", null),
        ("Adventure Works", "ap@adventure-works.com", null), ("Tailspin Toys", "ap@tailspintoys.com", null),
        ("Litware Inc", "ap@litware.com", null), ("Proseware", "ap@proseware.com", null),
        ("Woodgrove Bank", "ap@woodgrovebank.com", null), ("Alpine Ski House", "ap@alpineskihouse.com", null),
    ];

    private static readonly string[] VendorNames =
    [
        "Office Depot Supply", "Amazon Web Services", "Regus Workspaces", "Delta Air Lines", "Staples Business",
        "Comcast Business", "Dell Technologies", "Adobe Systems", "WeWork Offices", "FedEx Freight",
    ];

    private static readonly int[] Terms = [0, 15, 30, 45];

    private void SeedCustomers()
    {
        var index = 0;
        foreach (var (name, email, vat) in CustomerRows)
        {
            index++;
            var terms = Pick(Terms);
            var contact = NewContact(name, "customer", email, terms);
            contact.VatRegNo = vat;
            contact.Phone = string.Create(CultureInfo.InvariantCulture, $"+1-555-{100 + index:D3}-{Between(1000, 9999):D4}");
            contact.BillingAddress = new ZohoAddress { Attention = "Accounts Payable", Address = $"{index} Market Street", City = "Austin", State = "TX", Zip = "78701", Country = "U.S.A" };
            customers.Add(contact);
        }
    }

    private void SeedVendors()
    {
        foreach (var name in VendorNames)
        {
            var domain = name.Split(' ')[0].ToLowerInvariant();
            vendors.Add(NewContact(name, "vendor", $"billing@{domain}.com", 30));
        }
    }

    private Contact NewContact(string name, string type, string email, int terms)
    {
        var id = NextId();
        var (first, last) = (Pick(FirstNames), Pick(LastNames));
        var contact = new Contact
        {
            Id = id,
            ContactName = name,
            CompanyName = name,
            ContactType = type,
            Email = email,
            FirstName = first,
            LastName = last,
            PaymentTerms = terms,
            PaymentTermsLabel = terms == 0 ? "Due on Receipt" : $"Net {terms}",
            CreatedTime = now.AddDays(-400),
            LastModifiedTime = now.AddDays(-400),
        };
        db.Contacts.Add(contact);
        db.ContactPersons.Add(new ContactPerson
        {
            Id = NextId(),
            ContactId = id,
            FirstName = first,
            LastName = last,
            Email = email,
            IsPrimaryContact = true,
        });
        return contact;
    }

    private static readonly string[] FirstNames = ["Ava", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon"];

    private static readonly string[] LastNames = ["Adams", "Brown", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jones"];
}
