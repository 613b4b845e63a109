namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>One sheet (tab): Google's numeric <c>sheetId</c>, its title and position, and its cells as a JSON grid.</summary>
public sealed class SandboxSheet
{
    public int Key { get; set; }

    public required string SpreadsheetId { get; set; }

    /// <summary>Google's <c>sheetId</c>, unique within the spreadsheet (the first sheet is 0).</summary>
    public int SheetId { get; set; }

    public required string Title { get; set; }

    public int Index { get; set; }

    /// <summary>Rows of cells: <c>[["Date","Invoice",1500.00],…]</c>; a cell is a string, number, boolean or null.</summary>
    public string GridJson { get; set; } = "[]";

    public SheetGrid Grid() => SheetGrid.Parse(GridJson);
}
