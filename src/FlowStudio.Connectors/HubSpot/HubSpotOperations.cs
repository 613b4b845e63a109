using System.Collections.Immutable;
using FlowStudio.Connectors.Kit;
using FlowStudio.Core.Catalog;
using static FlowStudio.Connectors.Kit.OperationDeclarer;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>Every HubSpot operation, declared once. Ids are <c>hubspot.{object}.{verb}</c>; amounts are decimals.</summary>
public static class HubSpotOperations
{
    public const string Connector = "hubspot";

    public const string SearchDeals = "deals.search";
    public const string GetDeal = "deals.get";
    public const string UpdateDeal = "deals.update";
    public const string ReadLineItems = "line_items.batch_read";
    public const string CreateContactNote = "notes.create_for_contact";

    public static readonly string[] DealProperties = ["dealname", "amount", "closedate", "dealstage", "pipeline", "deal_currency_code", "hs_lastmodifieddate"];
    public static readonly string[] LineItemProperties = ["name", "quantity", "price", "amount", "hs_sku"];

    private static readonly string[] DealFields =
        ["id", "dealname", "amount:decimal", "closedate:datetime", "dealstage", "pipeline", "deal_currency_code", "hs_lastmodifieddate:datetime", "properties:object"];

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(Declare);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    private static ImmutableArray<ConnectorOperationDescriptor> Declare()
    {
        var d = new OperationDeclarer(Connector);
        return
        [
            d.Read(SearchDeals, "Search deals", "Deals in a stage (e.g. closedwon) modified since a moment, oldest change first — a poll trigger's source.",
                Many("deal", DealFields), Text("dealstage", "Deal stage", help: "Internal stage id, e.g. closedwon."),
                Text("modified_since", "Modified since", help: "ISO 8601 date-time or epoch milliseconds."), MaxItems()),
            d.Read(GetDeal, "Get deal", "One deal with its associated contact and line-item ids.",
                One("deal", [.. DealFields, "contact_ids:list", "line_item_ids:list"]), Text("id", "Deal id", required: true)),
            d.Read(ReadLineItems, "Read line items", "Up to 100 line items by id (e.g. a deal's line_item_ids); unknown ids are listed, not fatal.",
                One("line_items", "items:list", "missing_ids:list"), Expression("ids", "Line item ids", true, "List of ids, or comma-separated text.")),
            d.Write(UpdateDeal, "Update deal", "Sets deal properties (e.g. invoice_number); repeating it leaves the same values.",
                IdempotencyStrategy.Naturally, One("deal", DealFields), Text("id", "Deal id", required: true),
                Expression("properties", "Properties", true, "Object of property name to value, e.g. { \"invoice_number\": \"INV-000123\" }.")),
            d.Write(CreateContactNote, "Add note to contact", "A timeline note associated with a contact. HubSpot has no idempotency key, so a retried step may add a second note.",
                IdempotencyStrategy.None, One("note", "id", "hs_note_body", "hs_timestamp:datetime"),
                Text("contact_id", "Contact id", required: true), Text("body", "Note", required: true),
                Text("timestamp", "When", help: "ISO 8601; defaults to now.")),
        ];
    }
}
