using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Core.Catalog;
using static FlowStudio.Connectors.Kit.OperationDeclarer;

namespace FlowStudio.Connectors.Shopify;

/// <summary>Every Shopify operation, declared once. Ids are <c>shopify.{resource}.{verb}</c>; money is decimal.</summary>
public static class ShopifyOperations
{
    public const string Connector = "shopify";

    public const string ListOrders = "orders.list";
    public const string GetOrder = "orders.get";
    public const string UpdateOrderNote = "orders.update_note";
    public const string ListCustomers = "customers.list";
    public const string GetCustomer = "customers.get";

    private static readonly string[] OrderFields =
    [
        "id:number", "name", "order_number:number", "email", "created_at:datetime", "currency", "financial_status", "fulfillment_status", "note",
        "subtotal_price:decimal", "total_discounts:decimal", "total_tax:decimal", "total_price:decimal", "customer:object", "line_items:list",
        "tax_lines:list", "billing_address:object", "shipping_address:object", "fulfillments:list",
    ];

    private static readonly string[] CustomerFields =
        ["id:number", "email", "first_name", "last_name", "orders_count:number", "total_spent:decimal", "currency", "created_at:datetime", "default_address:object"];

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(Declare);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    private static ImmutableArray<ConnectorOperationDescriptor> Declare()
    {
        var d = new OperationDeclarer(Connector);
        return
        [
            d.Read(ListOrders, "List orders", "Orders, oldest first, by status, payment and fulfilment.", Many("order", OrderFields),
                new ConfigFieldDescriptor("status", "Status", ConfigFieldType.Select) { DefaultValue = "any", Options = [new("open", "Open"), new("closed", "Closed"), new("cancelled", "Cancelled"), new("any", "Any")] },
                new ConfigFieldDescriptor("financial_status", "Payment", ConfigFieldType.Select) { Options = [new("paid", "Paid"), new("pending", "Pending"), new("refunded", "Refunded"), new("any", "Any")] },
                new ConfigFieldDescriptor("fulfillment_status", "Fulfilment", ConfigFieldType.Select) { Options = [new("shipped", "Shipped"), new("unshipped", "Unshipped"), new("partial", "Partial"), new("any", "Any")] },
                Text("updated_at_min", "Updated since", help: "ISO 8601 date-time."), MaxItems()),
            d.Read(GetOrder, "Get order", "One order with its lines, taxes, discounts and fulfilments.", One("order", OrderFields), Text("id", "Order id", required: true)),
            d.Write(UpdateOrderNote, "Update order note", "Replaces the order's note (e.g. \"Synced to Zoho INV-000123\"); repeating it changes nothing.",
                IdempotencyStrategy.Naturally, One("order", OrderFields), Text("id", "Order id", required: true), Text("note", "Note", required: true)),
            d.Read(ListCustomers, "List customers", "Customers, oldest first.", Many("customer", CustomerFields), MaxItems()),
            d.Read(GetCustomer, "Get customer", "One customer by id.", One("customer", CustomerFields), Text("id", "Customer id", required: true)),
        ];
    }
}
