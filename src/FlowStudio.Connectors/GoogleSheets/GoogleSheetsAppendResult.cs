namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>What <c>values.append</c> wrote: the table it found and the cells it filled.</summary>
public sealed record GoogleSheetsAppendResult(
    string SpreadsheetId, string? TableRange, string UpdatedRange, int UpdatedRows, int UpdatedColumns, int UpdatedCells);
