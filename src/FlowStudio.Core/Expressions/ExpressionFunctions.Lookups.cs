namespace FlowStudio.Core.Expressions;

public static partial class ExpressionFunctions
{
    private static IEnumerable<ExpressionFunction> Lookups() =>
    [
        Define("LOOKUP", 2, 3, "LOOKUP(table, key, default)", "The value for key in a lookup table; name a column as 'table.column'. Without a default, a missing key is an error unless the table has one.", Lookup),
    ];

    private static object? Lookup(FunctionCall call)
    {
        var name = call.Text(0);
        var lookups = call.Evaluator.Scope.Lookups;
        string? column = null;
        var table = lookups.Find(name);
        if (table is null && name.LastIndexOf('.') is > 0 and var dot)
        {
            column = name[(dot + 1)..];
            table = lookups.Find(name[..dot]);
        }

        if (table is null)
        {
            throw call.Error($"there is no lookup table '{name}'.");
        }

        if (column is not null && !table.ValueColumns.Contains(column))
        {
            throw call.Error($"lookup table '{table.Name}' has no column '{column}' (columns: {string.Join(", ", table.ValueColumns)}).");
        }

        var key = call.Text(1);
        if (table.ContainsKey(key))
        {
            return table.Find(key, column);
        }

        if (call.Count == 3)
        {
            return call.Arg(2);
        }

        return table.Options.DefaultValue ?? throw call.Error($"key '{key}' is not in lookup table '{table.Name}' and no default was given.");
    }
}
