using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>The demo business's card transactions and reimbursements as Ramp's JSON, over the sandbox's document store.</summary>
public sealed class RampSandboxState(IOptions<RampSandboxOptions> options, TimeProvider time) : IDisposable
{
    public const string Transactions = "transactions";
    public const string Reimbursements = "reimbursements";

    private static readonly (string First, string Last, string Department)[] People =
        [("Ann", "Li", "Finance"), ("Ben", "Okafor", "Sales"), ("Carla", "Rossi", "Engineering"), ("Dev", "Patel", "Operations")];

    private static readonly (string Merchant, string Category, decimal Amount)[] Purchases =
    [
        ("Uber", "Taxi", 42.50m), ("Delta Air Lines", "Airlines", 389.20m), ("AWS", "Cloud Services", 1250.00m), ("Staples", "Office Supplies", 87.15m),
        ("Marriott", "Lodging", 612.40m), ("Zoom", "Software", 149.90m), ("Blue Bottle Coffee", "Meals", 18.75m), ("FedEx", "Shipping", 64.05m),
    ];

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

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    public async Task<JsonObject> CreateTransactionAsync(int purchase, int person, string state, DateTimeOffset at, decimal? amount, CancellationToken cancellationToken)
    {
        var (merchant, category, price) = Purchases[purchase % Purchases.Length];
        var (first, last, department) = People[person % People.Length];
        var id = await NewIdAsync("txn", cancellationToken);
        var transaction = new JsonObject
        {
            ["id"] = id,
            ["state"] = state,
            ["amount"] = amount ?? price,
            ["currency_code"] = "USD",
            ["merchant_name"] = merchant,
            ["merchant_id"] = "mer_" + (purchase % Purchases.Length).ToString(CultureInfo.InvariantCulture),
            ["card_holder"] = new JsonObject
            {
                ["first_name"] = first, ["last_name"] = last, ["department_name"] = department,
                ["user_id"] = $"usr-{person % People.Length:D4}", ["location_name"] = "HQ",
            },
            ["memo"] = $"{category} — {merchant}",
            ["sk_category_name"] = category,
            ["user_transaction_time"] = Iso(at),
            ["settlement_date"] = state == "CLEARED" ? Iso(at.AddDays(1)) : null,
            ["receipts"] = new JsonArray(),
        };
        await Store.PutAsync(Transactions, id, transaction, cancellationToken);
        return transaction;
    }

    public void Dispose() => Store.Dispose();

    private async Task<string> NewIdAsync(string kind, CancellationToken cancellationToken)
    {
        var n = await Store.NextAsync(kind, cancellationToken);
        return $"{(kind == "txn" ? "0a" : "0b")}{n:D6}-5a1d-4b0c-9e3f-{n * 7919:D12}";
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var start = Now.AddDays(-30);
        string[] states = ["CLEARED", "CLEARED", "CLEARED", "PENDING", "CLEARED", "DECLINED"];
        for (var i = 0; i < 12; i++)
        {
            await CreateTransactionAsync(i, i, states[i % states.Length], start.AddDays(i * 2).AddHours(9 + i), null, cancellationToken);
        }

        string[] reimbursementStates = ["REIMBURSED", "APPROVED", "PENDING"];
        for (var i = 0; i < 5; i++)
        {
            var (first, last, _) = People[i % People.Length];
            var (merchant, _, price) = Purchases[(i * 3) % Purchases.Length];
            var id = await NewIdAsync("rmb", cancellationToken);
            await Store.PutAsync(Reimbursements, id, new JsonObject
            {
                ["id"] = id,
                ["amount"] = price,
                ["currency"] = "USD",
                ["merchant"] = merchant,
                ["memo"] = "Out-of-pocket: " + merchant,
                ["state"] = reimbursementStates[i % reimbursementStates.Length],
                ["user_id"] = $"usr-{i % People.Length:D4}",
                ["user_full_name"] = first + " " + last,
                ["user_email"] = $"{first.ToLowerInvariant()}@flowstudio-demo.example",
                ["transaction_date"] = start.AddDays(i * 5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["created_at"] = Iso(start.AddDays((i * 5) + 1)),
                ["receipts"] = new JsonArray(),
            }, cancellationToken);
        }
    }
}
