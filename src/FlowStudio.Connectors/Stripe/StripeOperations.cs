using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Core.Catalog;
using static FlowStudio.Connectors.Kit.OperationDeclarer;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Every Stripe operation, declared once. Ids are <c>stripe.{resource}.{verb}</c>; amounts are decimals in major units.</summary>
public static class StripeOperations
{
    public const string Connector = "stripe";

    public const string CreateCustomer = "customers.create";
    public const string GetCustomer = "customers.get";
    public const string ListCustomers = "customers.list";
    public const string CreatePaymentIntent = "payment_intents.create";
    public const string GetPaymentIntent = "payment_intents.get";
    public const string ListPaymentIntents = "payment_intents.list";
    public const string GetCharge = "charges.get";
    public const string ListCharges = "charges.list";
    public const string GetEvent = "events.get";
    public const string ListEvents = "events.list";

    private static readonly string[] CustomerFields = ["id", "email", "name", "description", "created:number", "metadata:object"];

    private static readonly string[] IntentFields =
        ["id", "amount:decimal", "amount_received:decimal", "currency", "customer", "description", "latest_charge", "payment_method", "receipt_email", "status", "created:number", "metadata:object"];

    private static readonly string[] ChargeFields =
        ["id", "amount:decimal", "amount_captured:decimal", "amount_refunded:decimal", "currency", "customer", "payment_intent", "paid:boolean", "status", "receipt_email", "card_brand", "card_last4", "created:number", "metadata:object"];

    private static readonly string[] EventFields = ["id", "type", "created:number", "api_version", "object:object"];

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(Declare);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    private static ImmutableArray<ConnectorOperationDescriptor> Declare()
    {
        var d = new OperationDeclarer(Connector);
        return
        [
            d.Write(CreateCustomer, "Create customer", "A Stripe customer; a retried step replays the first answer (Idempotency-Key).",
                IdempotencyStrategy.ProviderIdempotencyKey, One("customer", CustomerFields),
                Text("email", "Email"), Text("name", "Name"), Text("description", "Description"), Expression("metadata", "Metadata", false, "Object of up to 50 keys to text values.")),
            d.Read(GetCustomer, "Get customer", "One customer by id (cus_…).", One("customer", CustomerFields), Text("id", "Customer id", required: true)),
            d.Read(ListCustomers, "List customers", "Customers, newest first, optionally by email.", Many("customer", CustomerFields), Text("email", "Email"), MaxItems()),
            d.Write(CreatePaymentIntent, "Create payment intent", "Creates (and optionally confirms) a payment; a retried step replays the first answer (Idempotency-Key).",
                IdempotencyStrategy.ProviderIdempotencyKey, One("payment_intent", IntentFields),
                Money("amount", "Amount", required: true), Text("currency", "Currency", required: true, help: "Three-letter ISO code, e.g. usd."),
                Text("customer", "Customer id"), Text("description", "Description"), Text("receipt_email", "Receipt email"),
                Text("payment_method", "Payment method", help: "pm_… id; needed to confirm."), Flag("confirm", "Confirm now"),
                Expression("metadata", "Metadata", false, "Object of up to 50 keys to text values.")),
            d.Read(GetPaymentIntent, "Get payment intent", "One payment intent by id (pi_…).", One("payment_intent", IntentFields), Text("id", "Payment intent id", required: true)),
            d.Read(ListPaymentIntents, "List payment intents", "Payment intents, newest first, optionally of one customer.", Many("payment_intent", IntentFields), Text("customer", "Customer id"), MaxItems()),
            d.Read(GetCharge, "Get charge", "One charge by id (ch_…).", One("charge", ChargeFields), Text("id", "Charge id", required: true)),
            d.Read(ListCharges, "List charges", "Charges, newest first, by customer or payment intent.", Many("charge", ChargeFields),
                Text("customer", "Customer id"), Text("payment_intent", "Payment intent id"), MaxItems()),
            d.Read(GetEvent, "Get event", "One event by id (evt_…): re-reads a webhook's event from Stripe.", One("event", EventFields), Text("id", "Event id", required: true)),
            d.Read(ListEvents, "List events", "Events of the last 30 days, newest first, by type (e.g. payment_intent.succeeded or charge.*).", Many("event", EventFields),
                Text("type", "Type"), MaxItems()),
        ];
    }
}
