using System.Collections.Immutable;

namespace FlowStudio.Core.Lookups;

/// <summary>A CSV file that cannot become a lookup table; lists every problem found.</summary>
public sealed class LookupImportException : Exception
{
    public LookupImportException(string tableName, IReadOnlyList<LookupImportError> errors)
        : base($"Cannot import lookup table '{tableName}': {string.Join("; ", errors)}")
    {
        TableName = tableName;
        Errors = [.. errors];
    }

    public LookupImportException()
        : this("?", [])
    {
    }

    public LookupImportException(string message)
        : base(message)
    {
        TableName = "?";
    }

    public LookupImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        TableName = "?";
    }

    public string TableName { get; }

    public ImmutableArray<LookupImportError> Errors { get; } = [];
}
