namespace FlowStudio.Web.Designer;

/// <summary>Palette group names, in the order the palette shows them.</summary>
public static class PaletteGroups
{
    public const string Triggers = "Triggers";
    public const string ZohoBooks = "Zoho Books";
    public const string Crm = "CRM";
    public const string Commerce = "Commerce";
    public const string Payments = "Payments";
    public const string Messaging = "Messaging";
    public const string Logic = "Logic";
    public const string Data = "Data";

    public static IReadOnlyList<string> Ordered { get; } = [Triggers, ZohoBooks, Crm, Commerce, Payments, Messaging, Logic, Data];

    /// <summary>Sort key: known groups first in their order, then other connector groups alphabetically.</summary>
    public static (int, string) SortKey(string group)
    {
        var index = Ordered.ToList().IndexOf(group);
        return (index < 0 ? Ordered.Count : index, group);
    }
}
