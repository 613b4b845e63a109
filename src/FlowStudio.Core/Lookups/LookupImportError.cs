namespace FlowStudio.Core.Lookups;

/// <param name="Row">1-based line of the CSV file; 1 is the header.</param>
/// <param name="Column">Column name, when the error is about one column.</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
public sealed record LookupImportError(int Row, string? Column, string Message)
{
    public override string ToString() => Column is null ? $"Row {Row}: {Message}" : $"Row {Row}, column '{Column}': {Message}";
}
