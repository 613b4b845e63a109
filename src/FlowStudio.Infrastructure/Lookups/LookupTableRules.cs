namespace FlowStudio.Infrastructure.Lookups;

/// <summary>What a lookup table must satisfy before it is saved: a usable name, distinct columns, unique non-empty keys.</summary>
public static class LookupTableRules
{
    public const int MaxNameLength = 100;
    public const int MaxColumns = 50;
    public const int MaxRows = 20_000;
    private const int MaxProblems = 50;

    public static IReadOnlyList<LookupProblem> Check(LookupTableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<LookupProblem>();
        CheckName(document.Name, problems);
        CheckColumns(document, problems);
        CheckRows(document, problems);
        return problems.Count > MaxProblems ? problems[..MaxProblems] : problems;
    }

    private static void CheckName(string? name, List<LookupProblem> problems)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            problems.Add(new LookupProblem(null, null, "The table needs a name."));
        }
        else if (trimmed.Length > MaxNameLength)
        {
            problems.Add(new LookupProblem(null, null, $"The name is {trimmed.Length} characters long; at most {MaxNameLength}."));
        }
        else if (trimmed.Contains('.', StringComparison.Ordinal) || trimmed.Contains('\'', StringComparison.Ordinal))
        {
            // LOOKUP('table.column', key) reads the part after the last dot as a column name.
            problems.Add(new LookupProblem(null, null, $"The name '{trimmed}' may not contain a dot or a quote; LOOKUP reads 'table.column'."));
        }
    }

    private static void CheckColumns(LookupTableDocument document, List<LookupProblem> problems)
    {
        var key = document.Options.KeyColumn?.Trim() ?? string.Empty;
        if (key.Length == 0)
        {
            problems.Add(new LookupProblem(null, null, "The key column needs a name."));
        }

        if (document.ValueColumns.Count == 0)
        {
            problems.Add(new LookupProblem(null, null, "Add at least one value column."));
        }
        else if (document.ValueColumns.Count > MaxColumns)
        {
            problems.Add(new LookupProblem(null, null, $"The table has {document.ValueColumns.Count} value columns; at most {MaxColumns}."));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { key };
        for (var i = 0; i < document.ValueColumns.Count; i++)
        {
            var column = document.ValueColumns[i];
            if (string.IsNullOrWhiteSpace(column))
            {
                problems.Add(new LookupProblem(null, null, $"Value column {i + 1} has no name."));
            }
            else if (!seen.Add(column.Trim()))
            {
                problems.Add(new LookupProblem(null, column, "The column name is used twice (names are compared without regard to case, the key column included)."));
            }
        }
    }

    private static void CheckRows(LookupTableDocument document, List<LookupProblem> problems)
    {
        if (document.Rows.Count > MaxRows)
        {
            problems.Add(new LookupProblem(null, null, $"The table has {document.Rows.Count} rows; at most {MaxRows}."));
            return;
        }

        var keyColumn = document.Options.KeyColumn;
        var firstRowByKey = new Dictionary<string, int>(document.Options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (var i = 0; i < document.Rows.Count && problems.Count <= MaxProblems; i++)
        {
            var row = document.Rows[i];
            var number = i + 1;
            if (string.IsNullOrEmpty(row.Key))
            {
                problems.Add(new LookupProblem(number, keyColumn, "The key is empty."));
            }
            else if (!firstRowByKey.TryAdd(row.Key, number))
            {
                problems.Add(new LookupProblem(number, keyColumn, $"Duplicate key '{row.Key}' (first on row {firstRowByKey[row.Key]})."));
            }

            foreach (var column in row.Values.Keys.Where(c => !document.ValueColumns.Contains(c, StringComparer.Ordinal)))
            {
                problems.Add(new LookupProblem(number, column, "The row has a value for a column the table does not have."));
            }
        }
    }
}
