using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Core.Catalog;
using static FlowStudio.Connectors.Kit.OperationDeclarer;

namespace FlowStudio.Connectors.Ramp;

/// <summary>Every Ramp operation, declared once. Ids are <c>ramp.{resource}.{verb}</c>; amounts are decimals.</summary>
public static class RampOperations
{
    public const string Connector = "ramp";

    public const string ListTransactions = "transactions.list";
    public const string GetTransaction = "transactions.get";
    public const string ListReimbursements = "reimbursements.list";
    public const string GetReimbursement = "reimbursements.get";

    private static readonly string[] TransactionFields =
        ["id", "state", "amount:decimal", "currency_code", "merchant_name", "card_holder:object", "memo", "sk_category_name", "user_transaction_time:datetime", "settlement_date:datetime"];

    private static readonly string[] ReimbursementFields =
        ["id", "state", "amount:decimal", "currency", "merchant", "memo", "user_id", "user_full_name", "user_email", "transaction_date:date", "created_at:datetime"];

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(Declare);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    private static ImmutableArray<ConnectorOperationDescriptor> Declare()
    {
        var d = new OperationDeclarer(Connector);
        return
        [
            d.Read(ListTransactions, "List card transactions", "Card transactions, newest first, by date window and state (e.g. CLEARED).",
                Many("transaction", TransactionFields), Text("from_date", "From", help: "ISO 8601 date or date-time."), Text("to_date", "Until", help: "ISO 8601 date or date-time."),
                new ConfigFieldDescriptor("state", "State", ConfigFieldType.Select) { Options = [new("CLEARED", "Cleared"), new("PENDING", "Pending"), new("DECLINED", "Declined")] }, MaxItems()),
            d.Read(GetTransaction, "Get card transaction", "One transaction by id (e.g. from a transactions.cleared webhook's object.id).",
                One("transaction", TransactionFields), Text("id", "Transaction id", required: true)),
            d.Read(ListReimbursements, "List reimbursements", "Out-of-pocket reimbursements, newest first, by date window.",
                Many("reimbursement", ReimbursementFields), Text("from_date", "From", help: "ISO 8601 date or date-time."), Text("to_date", "Until", help: "ISO 8601 date or date-time."), MaxItems()),
            d.Read(GetReimbursement, "Get reimbursement", "One reimbursement by id.", One("reimbursement", ReimbursementFields), Text("id", "Reimbursement id", required: true)),
        ];
    }
}
