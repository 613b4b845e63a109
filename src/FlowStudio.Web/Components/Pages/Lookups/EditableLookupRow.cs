namespace FlowStudio.Web.Components.Pages.Lookups;

/// <summary>One row in the grid: its key and one value per column, in column order.</summary>
public sealed class EditableLookupRow
{
    public string Key { get; set; } = string.Empty;

    public List<string> Values { get; init; } = [];
}
