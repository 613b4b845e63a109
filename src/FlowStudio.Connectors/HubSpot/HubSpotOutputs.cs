using System.Globalization;
using FlowStudio.Connectors.HubSpot.Models;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>What the HubSpot operations hand to a flow: the common properties lifted out, money and quantities as decimals.</summary>
public static class HubSpotOutputs
{
    public static Dictionary<string, object?> Deal(HubSpotObject deal)
    {
        ArgumentNullException.ThrowIfNull(deal);
        return new()
        {
            ["id"] = deal.Id,
            ["dealname"] = Text(deal, "dealname"),
            ["amount"] = Number(deal, "amount"),
            ["closedate"] = Text(deal, "closedate"),
            ["dealstage"] = Text(deal, "dealstage"),
            ["pipeline"] = Text(deal, "pipeline"),
            ["deal_currency_code"] = Text(deal, "deal_currency_code"),
            ["hs_lastmodifieddate"] = Text(deal, "hs_lastmodifieddate"),
            ["properties"] = deal.Properties,
            ["contact_ids"] = Ids(deal, "contacts"),
            ["line_item_ids"] = Ids(deal, "line_items"),
        };
    }

    public static Dictionary<string, object?> LineItem(HubSpotObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new()
        {
            ["id"] = item.Id,
            ["name"] = Text(item, "name"),
            ["quantity"] = Number(item, "quantity"),
            ["price"] = Number(item, "price"),
            ["amount"] = Number(item, "amount"),
            ["hs_sku"] = Text(item, "hs_sku"),
        };
    }

    public static Dictionary<string, object?> Note(HubSpotObject note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new() { ["id"] = note.Id, ["hs_note_body"] = Text(note, "hs_note_body"), ["hs_timestamp"] = Text(note, "hs_timestamp") };
    }

    private static string? Text(HubSpotObject o, string name) => o.Properties.TryGetValue(name, out var value) ? value : null;

    private static decimal? Number(HubSpotObject o, string name) =>
        decimal.TryParse(Text(o, name), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static List<string> Ids(HubSpotObject o, string type) =>
        o.Associations is not null && o.Associations.TryGetValue(type, out var list) ? [.. list.Results.Select(r => r.Id).Distinct()] : [];
}
