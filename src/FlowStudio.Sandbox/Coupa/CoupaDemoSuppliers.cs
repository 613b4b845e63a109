using System.Globalization;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// The deterministic demo suppliers: the same 36 on every reset. Every 5th is inactive, every 7th onboarding, every
/// 4th already exported; change times are distinct and spread over about 10 days from the seed's start.
/// </summary>
public static class CoupaDemoSuppliers
{
    private static readonly string[] Names =
    [
        "Acme Office Supply", "Blue Ridge Logistics", "Cascade Paper Co", "Delta Industrial Parts", "Evergreen Facilities",
        "Fulcrum IT Services", "Granite Print Works", "Harbor Freight Partners", "Ironwood Consulting", "Juniper Catering",
        "Keystone Security", "Lakeside Janitorial", "Meridian Travel Group", "Northwind Traders", "Orchard Packaging",
        "Pioneer Telecom", "Quarry Stone Supplies", "Redwood Legal LLP", "Summit Staffing", "Tidewater Shipping",
        "Uptown Furniture", "Vantage Software", "Westfield Electric", "Xeno Lab Equipment", "Yellowstone Uniforms",
        "Zephyr Cloud Hosting", "Atlas Courier", "Beacon Marketing", "Cobalt Engineering", "Driftwood Events",
        "Emberline Energy", "Foxglove Wellness", "Gallant Fleet Leasing", "Horizon Data Centers", "Indigo Translation",
        "Jasper Office Coffee",
    ];

    private static readonly (string City, string State, string Postal, string Country)[] Places =
    [
        ("San Mateo", "CA", "94404", "US"), ("Austin", "TX", "73301", "US"), ("Toronto", "ON", "M5H 2N2", "CA"),
        ("London", "", "EC1A 1BB", "GB"), ("Chicago", "IL", "60601", "US"), ("Berlin", "", "10115", "DE"),
    ];

    private static readonly string[] PaymentTerms = ["Net 30", "Net 45", "Net 60", "2/10 Net 30"];

    private static readonly string[] PoMethods = ["email", "cxml", "prompt", "buy_online"];

    public static string Status(int index) => index % 7 == 6 ? "onboarding" : index % 5 == 4 ? "inactive" : "active";

    public static bool Exported(int index) => index % 4 == 3;

    /// <summary>Supplier number <paramref name="index"/> (0-based), its times counted from <paramref name="start"/>.</summary>
    public static JsonObject Build(int index, DateTimeOffset start)
    {
        var id = CoupaSandboxDemo.FirstSupplierId + index;
        var name = Names[index % Names.Length];
        var (city, state, postal, country) = Places[index % Places.Length];
        var slug = new string([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        var created = start.AddDays(-90 + index);
        var updated = start.AddHours(index * 6.5).AddMinutes(index * 7);
        return new JsonObject
        {
            ["id"] = id,
            ["created-at"] = CoupaSandboxState.Iso(created),
            ["updated-at"] = CoupaSandboxState.Iso(updated),
            ["name"] = name,
            ["display-name"] = name + (country == "US" ? string.Empty : " (" + country + ")"),
            ["number"] = "SUP-" + id.ToString(CultureInfo.InvariantCulture),
            ["status"] = Status(index),
            ["po-method"] = PoMethods[index % PoMethods.Length],
            ["po-email"] = $"orders@{slug}.example",
            ["tax-id"] = $"{10 + index:D2}-{7_000_000 + (index * 104_729 % 1_000_000):D7}",
            ["account-number"] = $"AC-{40_000 + (index * 37):D5}",
            ["invoice-matching-level"] = index % 3 == 0 ? "3-way" : "2-way",
            ["exported"] = Exported(index),
            ["payment-term"] = new JsonObject { ["id"] = 1 + (index % PaymentTerms.Length), ["code"] = PaymentTerms[index % PaymentTerms.Length] },
            ["primary-contact"] = new JsonObject
            {
                ["id"] = 5000 + index,
                ["email"] = $"ap@{slug}.example",
                ["phone-work"] = new JsonObject { ["number"] = $"555-01{index:D2}", ["country-code"] = country == "GB" ? "44" : country == "DE" ? "49" : "1" },
                ["name-given"] = Given[index % Given.Length],
                ["name-family"] = Family[index % Family.Length],
            },
            ["primary-address"] = new JsonObject
            {
                ["id"] = 7000 + index,
                ["street1"] = $"{100 + (index * 17)} Market Street",
                ["city"] = city,
                ["state"] = state,
                ["postal-code"] = postal,
                ["country"] = new JsonObject { ["code"] = country },
            },
            ["created-by"] = new JsonObject { ["id"] = 1, ["login"] = "coupa.admin" },
            ["updated-by"] = new JsonObject { ["id"] = 1, ["login"] = "coupa.admin" },
        };
    }

    private static readonly string[] Given = ["Maria", "James", "Aiko", "Luis", "Priya", "Tom", "Fatima", "Olaf"];

    private static readonly string[] Family = ["Garcia", "Smith", "Tanaka", "Mendes", "Iyer", "Baker", "Haddad", "Berg"];
}
