using FlowStudio.Core.Lookups;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>
/// Something wrong with a lookup table. <see cref="Row"/> is the 1-based line of a CSV file (1 is the header)
/// for imports, the 1-based data row for the grid editor, and null for the table's name, options or columns.
/// </summary>
public sealed record LookupProblem(int? Row, string? Column, string Message)
{
    public static LookupProblem FromImport(LookupImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new LookupProblem(error.Row, error.Column, error.Message);
    }

    public override string ToString() => (Row, Column) switch
    {
        (null, null) => Message,
        (null, not null) => $"Column '{Column}': {Message}",
        (not null, null) => $"Row {Row}: {Message}",
        _ => $"Row {Row}, column '{Column}': {Message}",
    };
}
