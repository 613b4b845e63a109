namespace FlowStudio.Core.Flows;

/// <summary>A flow document that cannot be read, with where the problem is.</summary>
public sealed class FlowFormatException : Exception
{
    public FlowFormatException(string reason, string? path, long? line, long? column, Exception? innerException = null)
        : base(Describe(reason, path, line, column), innerException)
    {
        Reason = reason;
        Path = path;
        Line = line;
        Column = column;
    }

    public FlowFormatException()
        : this("The flow document is invalid.", null, null, null)
    {
    }

    public FlowFormatException(string message)
        : this(message, null, null, null)
    {
    }

    public FlowFormatException(string message, Exception innerException)
        : this(message, null, null, null, innerException)
    {
    }

    public string Reason { get; }

    /// <summary>JSON path of the offending value, e.g. <c>$.nodes[2].id</c>.</summary>
    public string? Path { get; }

    /// <summary>1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>1-based byte position in the line, when known.</summary>
    public long? Column { get; }

    private static string Describe(string reason, string? path, long? line, long? column)
    {
        var where = new List<string>();
        if (path is not null)
        {
            where.Add($"at {path}");
        }

        if (line is not null)
        {
            where.Add(column is null ? $"line {line}" : $"line {line}, position {column}");
        }

        return where.Count == 0 ? reason : $"{reason} ({string.Join(", ", where)})";
    }
}
