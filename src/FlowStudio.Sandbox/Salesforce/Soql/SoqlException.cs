namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>
/// A query Salesforce would refuse, with its error code (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE,
/// NUMBER_OUTSIDE_VALID_RANGE) and a message in Salesforce's shape: the query, a caret, the row and column, the reason.
/// </summary>
public sealed class SoqlException : Exception
{
    public SoqlException()
    {
        ErrorCode = "MALFORMED_QUERY";
    }

    public SoqlException(string message)
        : base(message)
    {
        ErrorCode = "MALFORMED_QUERY";
    }

    public SoqlException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "MALFORMED_QUERY";
    }

    public SoqlException(string errorCode, string query, int position, string reason)
        : base(Describe(query, position, reason))
    {
        ErrorCode = errorCode;
        Reason = reason;
    }

    public string ErrorCode { get; }

    /// <summary>The last line of the message, without the query and caret.</summary>
    public string? Reason { get; }

    private static string Describe(string query, int position, string reason)
    {
        var column = Math.Max(0, Math.Min(position, query?.Length ?? 0)) + 1;
        return $"\n{query}\n{new string(' ', column - 1)}^\nERROR at Row:1:Column:{column}\n{reason}";
    }
}
