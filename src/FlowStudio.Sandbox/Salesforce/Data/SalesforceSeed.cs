using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Salesforce.Data;

/// <summary>
/// The demo org: three accounts, their contacts, six opportunities across the stages (three Closed Won, two with line
/// items) and contact roles. Amounts are decimals; times are fixed in January 2025 so poll examples read the same.
/// </summary>
public static class SalesforceSeed
{
    public const string OwnerId = "005000000000001AAA";

    public static string NewId(string prefix, int number) => prefix + number.ToString("D12", CultureInfo.InvariantCulture) + "AAA";

    public static IEnumerable<SObjectRecord> Records()
    {
        string Account(int n) => NewId("001", n);
        string Contact(int n) => NewId("003", n);
        string Opportunity(int n) => NewId("006", n);

        yield return Record("Account", Account(1), "2025-01-02T09:00:00", new()
        {
            ["Name"] = "Northwind Traders", ["AccountNumber"] = "NW-1001", ["Type"] = "Customer - Direct", ["Industry"] = "Retail",
            ["Phone"] = "+1 206 555 0100", ["BillingCity"] = "Seattle", ["BillingState"] = "WA", ["BillingCountry"] = "United States", ["CurrencyIsoCode"] = "USD",
        });
        yield return Record("Account", Account(2), "2025-01-02T09:05:00", new()
        {
            ["Name"] = "Contoso Supplies", ["AccountNumber"] = "CS-2002", ["Type"] = "Customer - Channel", ["Industry"] = "Manufacturing",
            ["BillingCity"] = "Austin", ["BillingState"] = "TX", ["BillingCountry"] = "United States", ["CurrencyIsoCode"] = "USD",
        });
        yield return Record("Account", Account(3), "2025-01-02T09:10:00", new()
        {
            ["Name"] = "Fabrikam GmbH", ["AccountNumber"] = "FA-3003", ["Type"] = "Prospect", ["Industry"] = "Technology",
            ["BillingCity"] = "Berlin", ["BillingCountry"] = "Germany", ["CurrencyIsoCode"] = "EUR",
        });
        yield return Record("Contact", Contact(1), "2025-01-02T10:00:00", Person("Ann", "Li", "ann.li@northwind-demo.example", Account(1), "Seattle"));
        yield return Record("Contact", Contact(2), "2025-01-02T10:05:00", Person("Ben", "Okafor", "ben.okafor@contoso-demo.example", Account(2), "Austin"));
        yield return Record("Contact", Contact(3), "2025-01-02T10:10:00", Person("Clara", "Weiss", "clara.weiss@fabrikam-demo.example", Account(3), "Berlin"));

        yield return Deal(1, "Northwind Traders - annual licences", Account(1), 50000.00m, "2025-01-08", "Closed Won", "USD", "2025-01-08T15:30:00");
        yield return Deal(2, "Contoso Supplies - onboarding", Account(2), 12500.50m, "2025-01-09", "Closed Won", "USD", "2025-01-09T10:00:00");
        yield return Deal(3, "Fabrikam GmbH - expansion", Account(3), 30000.00m, "2025-02-15", "Negotiation/Review", "EUR", "2025-01-05T12:00:00");
        yield return Deal(4, "Northwind Traders - support renewal", Account(1), 8000.00m, "2025-01-03", "Closed Lost", "USD", "2025-01-03T16:20:00");
        yield return Deal(5, "Contoso Supplies - training", Account(2), 4200.00m, "2025-01-10", "Closed Won", "USD", "2025-01-10T08:45:00");
        yield return Deal(6, "Fabrikam GmbH - pilot", Account(3), null, "2025-03-31", "Prospecting", "EUR", "2025-01-06T09:00:00");

        yield return Item(1, Opportunity(1), "Licence seat (annual)", "LIC-SEAT", 100m, 450.00m, 450.00m);
        yield return Item(2, Opportunity(1), "Onboarding package", "SVC-ONB", 1m, 5000.00m, 5500.00m);
        yield return Item(3, Opportunity(2), "Onboarding package", "SVC-ONB", 1m, 12500.50m, 12500.50m);

        yield return Record("OpportunityContactRole", NewId("00K", 1), "2025-01-08T15:30:00", new()
        {
            ["OpportunityId"] = Opportunity(1), ["ContactId"] = Contact(1), ["Role"] = "Decision Maker", ["IsPrimary"] = true,
        });
        yield return Record("OpportunityContactRole", NewId("00K", 2), "2025-01-09T10:00:00", new()
        {
            ["OpportunityId"] = Opportunity(2), ["ContactId"] = Contact(2), ["Role"] = "Economic Buyer", ["IsPrimary"] = true,
        });
    }

    private static JsonObject Person(string first, string last, string email, string accountId, string city) => new()
    {
        ["FirstName"] = first, ["LastName"] = last, ["Name"] = first + " " + last, ["Email"] = email, ["AccountId"] = accountId, ["MailingCity"] = city,
    };

    private static SObjectRecord Deal(int n, string name, string accountId, decimal? amount, string closeDate, string stage, string currency, string modified) =>
        Record("Opportunity", NewId("006", n), modified, new()
        {
            ["Name"] = name, ["AccountId"] = accountId, ["Amount"] = amount, ["CloseDate"] = closeDate, ["StageName"] = stage,
            ["IsClosed"] = stage.StartsWith("Closed", StringComparison.Ordinal), ["IsWon"] = stage == "Closed Won", ["CurrencyIsoCode"] = currency,
            ["OwnerId"] = OwnerId, ["Pricebook2Id"] = "01s000000000001AAA", ["Probability"] = stage == "Closed Won" ? 100m : stage == "Closed Lost" ? 0m : 50m,
            ["Invoice_Number__c"] = null,
        });

    private static SObjectRecord Item(int n, string opportunityId, string name, string code, decimal quantity, decimal unitPrice, decimal listPrice) =>
        Record("OpportunityLineItem", NewId("00k", n), "2025-01-07T12:00:00", new()
        {
            ["OpportunityId"] = opportunityId, ["Product2Id"] = NewId("01t", n), ["ProductCode"] = code, ["Name"] = name, ["Quantity"] = quantity,
            ["UnitPrice"] = unitPrice, ["ListPrice"] = listPrice, ["TotalPrice"] = quantity * unitPrice, ["Discount"] = null, ["Description"] = null,
        });

    private static SObjectRecord Record(string type, string id, string modified, JsonObject fields)
    {
        var stamp = modified + ".000+0000";
        var record = new JsonObject { ["Id"] = id };
        foreach (var (name, value) in fields)
        {
            record[name] = value?.DeepClone();
        }

        record["CreatedDate"] = stamp;
        record["LastModifiedDate"] = stamp;
        record["SystemModstamp"] = stamp;
        record["IsDeleted"] = false;
        return new SObjectRecord { Id = id, Type = type, FieldsJson = record.ToJsonString() };
    }
}
