using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>
/// The demo portal's CRM objects (deals, contacts, line_items, notes) as HubSpot's JSON — property values are
/// strings — plus their associations, over the sandbox's document store.
/// </summary>
public sealed class HubSpotSandboxState(IOptions<HubSpotSandboxOptions> options, TimeProvider time) : IDisposable
{
    public static readonly string[] ObjectTypes = ["deals", "contacts", "line_items", "notes"];

    public SandboxDocumentStore Store { get; } = new(options.Value.DatabasePath);

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task EnsureSeededAsync(CancellationToken cancellationToken)
    {
        if (await Store.EnsureCreatedAsync(cancellationToken))
        {
            await SeedAsync(cancellationToken);
        }
    }

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await Store.ClearAsync(cancellationToken);
        await SeedAsync(cancellationToken);
    }

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string EpochMs(DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    public async Task<JsonObject> CreateAsync(string type, JsonObject properties, DateTimeOffset at, CancellationToken cancellationToken, params (string Type, string Id)[] associations)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var start = type switch { "deals" => 9_400_000_000L, "contacts" => 500L, "line_items" => 3_300_000_000L, _ => 4_700_000_000L };
        var id = (start + await Store.NextAsync(type, cancellationToken)).ToString(CultureInfo.InvariantCulture);
        properties["hs_object_id"] = id;
        properties["createdate"] ??= Iso(at);
        properties["hs_lastmodifieddate"] = Iso(at);
        var links = new JsonObject();
        foreach (var group in associations.GroupBy(a => a.Type))
        {
            links[group.Key] = new JsonArray([.. group.Select(a => (JsonNode)JsonValue.Create(a.Id))]);
        }

        var record = new JsonObject
        {
            ["id"] = id,
            ["properties"] = properties,
            ["createdAt"] = Iso(at),
            ["updatedAt"] = Iso(at),
            ["archived"] = false,
            ["associations"] = links,
        };
        await Store.PutAsync(type, id, record, cancellationToken);
        foreach (var (otherType, otherId) in associations)
        {
            await LinkBackAsync(otherType, otherId, type, id, cancellationToken);
        }

        return record;
    }

    /// <summary>Sets properties (strings) and bumps <c>hs_lastmodifieddate</c>.</summary>
    public async Task<JsonObject> UpdateAsync(string type, JsonObject record, IEnumerable<KeyValuePair<string, string?>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(changes);
        var properties = record["properties"]!.AsObject();
        foreach (var (name, value) in changes)
        {
            properties[name] = value;
        }

        properties["hs_lastmodifieddate"] = Iso(Now);
        record["updatedAt"] = Iso(Now);
        await Store.PutAsync(type, (string)record["id"]!, record, cancellationToken);
        return record;
    }

    /// <summary>The record as the API shows it: requested properties only (all when none asked), no internal associations.</summary>
    public static JsonObject View(JsonObject record, IReadOnlyCollection<string>? properties, IReadOnlyCollection<string>? associations = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var all = record["properties"]!.AsObject();
        var shown = new JsonObject();
        foreach (var (name, value) in all)
        {
            if (properties is null || properties.Count == 0 || properties.Contains(name) || name is "hs_object_id" or "createdate" or "hs_lastmodifieddate")
            {
                shown[name] = value?.DeepClone();
            }
        }

        var view = new JsonObject
        {
            ["id"] = record["id"]!.DeepClone(),
            ["properties"] = shown,
            ["createdAt"] = record["createdAt"]!.DeepClone(),
            ["updatedAt"] = record["updatedAt"]!.DeepClone(),
            ["archived"] = false,
        };
        if (associations is { Count: > 0 })
        {
            var links = new JsonObject();
            foreach (var type in associations)
            {
                if (record["associations"]?[type] is JsonArray ids && ids.Count > 0)
                {
                    var singular = type.TrimEnd('s');
                    links[type] = new JsonObject
                    {
                        ["results"] = new JsonArray([.. ids.Select(i => (JsonNode)new JsonObject { ["id"] = i!.DeepClone(), ["type"] = "deal_to_" + singular })]),
                    };
                }
            }

            if (links.Count > 0)
            {
                view["associations"] = links;
            }
        }

        return view;
    }

    public void Dispose() => Store.Dispose();

    private async Task LinkBackAsync(string type, string id, string fromType, string fromId, CancellationToken cancellationToken)
    {
        if (await Store.GetAsync(type, id, cancellationToken) is not { } other)
        {
            return;
        }

        var links = other["associations"] as JsonObject ?? [];
        var list = links[fromType] as JsonArray ?? [];
        list.Add(fromId);
        links[fromType] = list;
        other["associations"] = links;
        await Store.PutAsync(type, id, other, cancellationToken);
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        (string First, string Last, string Email, string Company)[] people =
        [
            ("Maria", "Johnson", "maria.johnson@globex.example", "Globex"), ("Tom", "Becker", "tom.becker@initech.example", "Initech"),
            ("Priya", "Natarajan", "priya@umbrella.example", "Umbrella Corp"), ("Luis", "Ortega", "luis.ortega@hooli.example", "Hooli"),
        ];
        var start = Now.AddDays(-40);
        var contacts = new List<string>();
        foreach (var (index, (first, last, email, company)) in people.Index())
        {
            var contact = await CreateAsync("contacts", new JsonObject { ["firstname"] = first, ["lastname"] = last, ["email"] = email, ["company"] = company }, start.AddHours(index), cancellationToken);
            contacts.Add((string)contact["id"]!);
        }

        (string Name, string Stage, decimal Price, int Quantity)[] deals =
        [
            ("Globex annual licence", "closedwon", 1200.00m, 10), ("Initech onboarding", "closedwon", 2500.00m, 1),
            ("Umbrella expansion", "contractsent", 890.50m, 4), ("Hooli pilot", "appointmentscheduled", 499.99m, 2),
            ("Globex support renewal", "closedwon", 3000.00m, 1), ("Initech add-on seats", "qualifiedtobuy", 120.00m, 15),
        ];
        foreach (var (index, (name, stage, price, quantity)) in deals.Index())
        {
            var at = start.AddDays((index + 1) * 5);
            var amount = price * quantity;
            var item = await CreateAsync("line_items", new JsonObject
            {
                ["name"] = name.Split(' ')[^1] switch { "licence" => "Ledger Pro licence", "seats" => "Additional seat", _ => name },
                ["quantity"] = quantity.ToString(CultureInfo.InvariantCulture),
                ["price"] = price.ToString("0.00", CultureInfo.InvariantCulture),
                ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
                ["hs_sku"] = "SKU-" + (100 + index).ToString(CultureInfo.InvariantCulture),
            }, at, cancellationToken);
            await CreateAsync("deals", new JsonObject
            {
                ["dealname"] = name,
                ["dealstage"] = stage,
                ["pipeline"] = "default",
                ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
                ["closedate"] = Iso(at.AddDays(2)),
                ["deal_currency_code"] = "USD",
            }, at, cancellationToken, ("contacts", contacts[index % contacts.Count]), ("line_items", (string)item["id"]!));
        }
    }
}
