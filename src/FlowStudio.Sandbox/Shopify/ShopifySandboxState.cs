using System.Globalization;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>The demo shop's customers and orders, as Shopify's REST JSON (money as strings), over its document store.</summary>
public sealed class ShopifySandboxState(IOptions<ShopifySandboxOptions> options, TimeProvider time) : IDisposable
{
    public const string Customers = "customer";
    public const string Orders = "order";

    private const long CustomerIdBase = 7_210_000_000_000;
    private const long OrderIdBase = 5_840_000_000_000;

    private static readonly (string Title, string Sku, decimal Price)[] Products =
    [
        ("Ledger Pro licence", "LDG-PRO", 149.00m), ("Receipt scanner", "SCN-200", 89.50m), ("Onboarding session", "SVC-ONB", 250.00m),
        ("Invoice paper A4 (500)", "PPR-A4", 12.99m),
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

    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public async Task<JsonObject> CreateCustomerAsync(string email, string first, string last, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = CustomerIdBase + await Store.NextAsync("customer", cancellationToken);
        var customer = new JsonObject
        {
            ["id"] = id,
            ["email"] = email,
            ["first_name"] = first,
            ["last_name"] = last,
            ["created_at"] = Timestamp(at),
            ["updated_at"] = Timestamp(at),
            ["orders_count"] = 0,
            ["total_spent"] = "0.00",
            ["currency"] = "USD",
            ["default_address"] = new JsonObject
            {
                ["first_name"] = first, ["last_name"] = last, ["address1"] = "1 Market Street", ["city"] = "San Francisco",
                ["province_code"] = "CA", ["country_code"] = "US", ["zip"] = "94105",
            },
        };
        await Store.PutAsync(Customers, id.ToString(CultureInfo.InvariantCulture), customer, cancellationToken);
        return customer;
    }

    /// <summary>An order of <paramref name="lines"/> (product index, quantity) with 8.5% tax, paid or pending, maybe fulfilled.</summary>
    public async Task<JsonObject> CreateOrderAsync(JsonObject customer, IReadOnlyList<(int Product, int Quantity)> lines, bool paid, bool fulfilled, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(lines);
        var number = await Store.NextAsync("order_number", cancellationToken);
        var id = OrderIdBase + number;
        var lineItems = new JsonArray();
        var subtotal = 0m;
        var tax = 0m;
        foreach (var (index, (product, quantity)) in lines.Index())
        {
            var (title, sku, price) = Products[product % Products.Length];
            var lineTax = Math.Round(price * quantity * 0.085m, 2, MidpointRounding.AwayFromZero);
            subtotal += price * quantity;
            tax += lineTax;
            lineItems.Add(new JsonObject
            {
                ["id"] = (id * 10) + index,
                ["product_id"] = 8_100_000_000_000 + product,
                ["variant_id"] = 4_500_000_000_000 + product,
                ["title"] = title,
                ["sku"] = sku,
                ["quantity"] = quantity,
                ["price"] = Money(price),
                ["tax_lines"] = new JsonArray(new JsonObject { ["title"] = "CA State Tax", ["price"] = Money(lineTax), ["rate"] = 0.085 }),
                ["discount_allocations"] = new JsonArray(),
            });
        }

        var order = new JsonObject
        {
            ["id"] = id,
            ["name"] = "#" + (1000 + number).ToString(CultureInfo.InvariantCulture),
            ["order_number"] = 1000 + number,
            ["email"] = customer["email"]!.DeepClone(),
            ["created_at"] = Timestamp(at),
            ["updated_at"] = Timestamp(at),
            ["processed_at"] = Timestamp(at),
            ["currency"] = "USD",
            ["financial_status"] = paid ? "paid" : "pending",
            ["fulfillment_status"] = fulfilled ? "fulfilled" : null,
            ["note"] = null,
            ["subtotal_price"] = Money(subtotal),
            ["total_discounts"] = "0.00",
            ["total_tax"] = Money(tax),
            ["total_price"] = Money(subtotal + tax),
            ["customer"] = new JsonObject
            {
                ["id"] = customer["id"]!.DeepClone(), ["email"] = customer["email"]!.DeepClone(), ["first_name"] = customer["first_name"]!.DeepClone(),
                ["last_name"] = customer["last_name"]!.DeepClone(), ["default_address"] = customer["default_address"]!.DeepClone(),
            },
            ["line_items"] = lineItems,
            ["tax_lines"] = new JsonArray(new JsonObject { ["title"] = "CA State Tax", ["price"] = Money(tax), ["rate"] = 0.085 }),
            ["discount_codes"] = new JsonArray(),
            ["discount_applications"] = new JsonArray(),
            ["shipping_lines"] = new JsonArray(),
            ["billing_address"] = customer["default_address"]!.DeepClone(),
            ["shipping_address"] = customer["default_address"]!.DeepClone(),
            ["fulfillments"] = fulfilled
                ? new JsonArray(new JsonObject { ["id"] = id + 1_000_000, ["status"] = "success", ["tracking_number"] = "1Z999AA1" + number.ToString("D10", CultureInfo.InvariantCulture) })
                : new JsonArray(),
        };
        await Store.PutAsync(Orders, id.ToString(CultureInfo.InvariantCulture), order, cancellationToken);
        customer["orders_count"] = (int)customer["orders_count"]! + 1;
        customer["total_spent"] = Money(decimal.Parse((string)customer["total_spent"]!, CultureInfo.InvariantCulture) + (paid ? subtotal + tax : 0m));
        await Store.PutAsync(Customers, ((long)customer["id"]!).ToString(CultureInfo.InvariantCulture), customer, cancellationToken);
        return order;
    }

    public void Dispose() => Store.Dispose();

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        (string Email, string First, string Last)[] people =
        [
            ("ann.lee@example.com", "Ann", "Lee"), ("bruno.diaz@example.com", "Bruno", "Diaz"), ("chen.wu@example.com", "Chen", "Wu"),
            ("dana.kowalski@example.com", "Dana", "Kowalski"), ("emeka.obi@example.com", "Emeka", "Obi"),
        ];
        var start = Now.AddDays(-20);
        var customers = new List<JsonObject>();
        foreach (var (index, (email, first, last)) in people.Index())
        {
            customers.Add(await CreateCustomerAsync(email, first, last, start.AddHours(index), cancellationToken));
        }

        for (var i = 0; i < 8; i++)
        {
            await CreateOrderAsync(customers[i % customers.Count], [(i, 1 + (i % 3)), (i + 1, 1)], paid: i % 4 != 3, fulfilled: i % 2 == 0, start.AddDays(i * 2), cancellationToken);
        }
    }
}
