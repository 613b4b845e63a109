using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Common;

/// <summary>
/// Wire shape shared by Zoho's line-item transactions, which differ only in key prefixes
/// (<c>estimate_id</c>, <c>salesorder_number</c>, <c>vendor_id</c> …).
/// </summary>
public static class DocumentJson
{
    public static Dictionary<string, object?> Build(TransactionDocument d, string prefix, string contactPrefix, string status, bool detail)
    {
        var json = new Dictionary<string, object?>
        {
            [prefix + "_id"] = ZohoJson.Id(d.Id),
            [prefix + "_number"] = d.Number,
            ["status"] = status,
            [contactPrefix + "_id"] = ZohoJson.Id(d.ContactId),
            [contactPrefix + "_name"] = d.ContactName,
            ["date"] = ZohoJson.Date(d.Date),
            ["reference_number"] = d.ReferenceNumber,
            ["currency_code"] = d.CurrencyCode,
            ["is_inclusive_tax"] = d.IsInclusiveTax,
            ["sub_total"] = d.SubTotal,
            ["tax_total"] = d.TaxTotal,
            ["total"] = d.Total,
            ["created_time"] = ZohoJson.Timestamp(d.CreatedTime),
            ["last_modified_time"] = ZohoJson.Timestamp(d.LastModifiedTime),
        };
        if (detail)
        {
            json["notes"] = d.Notes;
            json["line_items"] = d.LineItems;
            json["custom_fields"] = d.CustomFields;
        }

        return json;
    }

    public static string? Date(DateOnly? date) => date is { } value ? ZohoJson.Date(value) : null;
}
