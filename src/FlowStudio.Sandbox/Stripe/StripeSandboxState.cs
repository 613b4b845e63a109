using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// The Stripe sandbox's objects as Stripe's own JSON (customers, payment intents, charges, events) over its
/// document store, and the rules that tie them: a succeeded intent has a charge, every change records an event.
/// </summary>
public sealed class StripeSandboxState(IOptions<StripeSandboxOptions> options, TimeProvider time) : IDisposable
{
    public const string Customers = "customer";
    public const string PaymentIntents = "payment_intent";
    public const string Charges = "charge";
    public const string Events = "event";
    public const string IdempotentRequests = "idempotent_request";

    private static readonly string[] Cards = ["visa", "mastercard", "amex"];

    public SandboxDocumentStore Store { get; } = new(options.Value.DatabasePath);

    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

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

    public async Task<string> NewIdAsync(string prefix, CancellationToken cancellationToken) =>
        prefix + "_1FSbx" + (await Store.NextAsync(prefix, cancellationToken)).ToString("D19", CultureInfo.InvariantCulture);

    public async Task<JsonObject> CreateCustomerAsync(string? email, string? name, string? description, JsonObject metadata, long created, CancellationToken cancellationToken)
    {
        var customer = new JsonObject
        {
            ["id"] = await NewIdAsync("cus", cancellationToken),
            ["object"] = "customer",
            ["created"] = created,
            ["description"] = description,
            ["email"] = email,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["name"] = name,
        };
        await Store.PutAsync(Customers, (string)customer["id"]!, customer, cancellationToken);
        await RecordEventAsync("customer.created", customer, created, cancellationToken);
        return customer;
    }

    public async Task<JsonObject> CreatePaymentIntentAsync(long amount, string currency, string? customer, string? description, string? receiptEmail, JsonObject metadata, long created, CancellationToken cancellationToken)
    {
        var intent = new JsonObject
        {
            ["id"] = await NewIdAsync("pi", cancellationToken),
            ["object"] = "payment_intent",
            ["amount"] = amount,
            ["amount_received"] = 0,
            ["currency"] = currency,
            ["customer"] = customer,
            ["description"] = description,
            ["latest_charge"] = null,
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["payment_method"] = null,
            ["receipt_email"] = receiptEmail,
            ["status"] = "requires_payment_method",
            ["created"] = created,
        };
        intent["client_secret"] = $"{intent["id"]}_secret_sandbox";
        await Store.PutAsync(PaymentIntents, (string)intent["id"]!, intent, cancellationToken);
        await RecordEventAsync("payment_intent.created", intent, created, cancellationToken);
        return intent;
    }

    /// <summary>Captures the intent with a test card: a charge, <c>status = succeeded</c>, and both events.</summary>
    public async Task<(JsonObject Intent, JsonObject Charge, JsonObject Event)> SucceedAsync(JsonObject intent, string paymentMethod, string card, long at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var amount = (long)intent["amount"]!;
        var email = (string?)intent["receipt_email"];
        var charge = new JsonObject
        {
            ["id"] = await NewIdAsync("ch", cancellationToken),
            ["object"] = "charge",
            ["amount"] = amount,
            ["amount_captured"] = amount,
            ["amount_refunded"] = 0,
            ["balance_transaction"] = await NewIdAsync("txn", cancellationToken),
            ["billing_details"] = new JsonObject { ["address"] = null, ["email"] = email, ["name"] = null, ["phone"] = null },
            ["captured"] = true,
            ["created"] = at,
            ["currency"] = intent["currency"]!.DeepClone(),
            ["customer"] = intent["customer"]?.DeepClone(),
            ["description"] = intent["description"]?.DeepClone(),
            ["livemode"] = false,
            ["metadata"] = intent["metadata"]?.DeepClone() ?? new JsonObject(),
            ["paid"] = true,
            ["payment_intent"] = intent["id"]!.DeepClone(),
            ["payment_method"] = paymentMethod,
            ["payment_method_details"] = new JsonObject
            {
                ["type"] = "card",
                ["card"] = new JsonObject { ["brand"] = card, ["last4"] = card == "amex" ? "8431" : card == "mastercard" ? "4444" : "4242" },
            },
            ["receipt_email"] = email,
            ["refunded"] = false,
            ["status"] = "succeeded",
        };
        await Store.PutAsync(Charges, (string)charge["id"]!, charge, cancellationToken);
        intent["status"] = "succeeded";
        intent["amount_received"] = amount;
        intent["latest_charge"] = charge["id"]!.DeepClone();
        intent["payment_method"] = paymentMethod;
        intent.Remove("last_payment_error");
        await Store.PutAsync(PaymentIntents, (string)intent["id"]!, intent, cancellationToken);
        await RecordEventAsync("charge.succeeded", charge, at, cancellationToken);
        var succeeded = await RecordEventAsync("payment_intent.succeeded", intent, at, cancellationToken);
        return (intent, charge, succeeded);
    }

    public async Task<JsonObject> RecordEventAsync(string type, JsonObject subject, long created, CancellationToken cancellationToken)
    {
        var evt = new JsonObject
        {
            ["id"] = await NewIdAsync("evt", cancellationToken),
            ["object"] = "event",
            ["api_version"] = StripeSandboxDemo.ApiVersion,
            ["created"] = created,
            ["data"] = new JsonObject { ["object"] = subject.DeepClone() },
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["request"] = new JsonObject { ["id"] = null, ["idempotency_key"] = null },
            ["type"] = type,
        };
        await Store.PutAsync(Events, (string)evt["id"]!, evt, cancellationToken);
        return evt;
    }

    public void Dispose() => Store.Dispose();

    /// <summary>Six customers and a dozen payments over the last month, the same on every reset.</summary>
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        (string Name, string Email)[] people =
        [
            ("Northwind Traders", "billing@northwind.example"), ("Contoso Pharmaceuticals", "ap@contoso.example"),
            ("Fabrikam Residences", "accounts@fabrikam.example"), ("Tailspin Toys", "finance@tailspin.example"),
            ("Wide World Importers", "payables@wideworld.example"), ("Adventure Works Cycles", "ar@adventure-works.example"),
        ];
        var start = Now - (30 * 86_400);
        var customers = new List<JsonObject>();
        foreach (var (index, (name, email)) in people.Index())
        {
            customers.Add(await CreateCustomerAsync(email, name, null, new JsonObject { ["zoho_contact"] = $"CUST-{1001 + index}" }, start + (index * 3_600), cancellationToken));
        }

        for (var i = 0; i < 12; i++)
        {
            var customer = customers[i % customers.Count];
            var created = start + ((i + 1) * 2 * 86_400);
            var amount = 12_500L + (i * 7_325L);
            var intent = await CreatePaymentIntentAsync(
                amount, i % 4 == 3 ? "eur" : "usd", (string)customer["id"]!, $"Invoice INV-{(i + 101).ToString("D6", CultureInfo.InvariantCulture)}",
                (string?)customer["email"], new JsonObject { ["invoice_number"] = $"INV-{(i + 101).ToString("D6", CultureInfo.InvariantCulture)}" }, created, cancellationToken);
            if (i % 5 != 4)
            {
                await SucceedAsync(intent, "pm_card_" + Cards[i % Cards.Length], Cards[i % Cards.Length], created + 60, cancellationToken);
            }
        }
    }
}
