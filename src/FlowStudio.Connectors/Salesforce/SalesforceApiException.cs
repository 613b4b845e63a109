using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// A Salesforce failure from its error array <c>[{"message","errorCode","fields"}]</c> or an OAuth
/// <c>{"error","error_description"}</c>: HTTP status, error code and fields named.
/// </summary>
public sealed class SalesforceApiException : Exception
{
    public SalesforceApiException()
    {
        ErrorCode = "UNKNOWN";
    }

    public SalesforceApiException(string message)
        : base(message)
    {
        ErrorCode = "UNKNOWN";
    }

    public SalesforceApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "UNKNOWN";
    }

    public SalesforceApiException(int? httpStatus, string errorCode, string message, IReadOnlyList<string>? fields = null, Exception? innerException = null)
        : base(message, innerException)
    {
        HttpStatus = httpStatus;
        ErrorCode = errorCode;
        Fields = fields ?? [];
    }

    public int? HttpStatus { get; }

    /// <summary>e.g. MALFORMED_QUERY, INVALID_FIELD, NOT_FOUND, REQUEST_LIMIT_EXCEEDED, invalid_grant.</summary>
    public string ErrorCode { get; }

    public IReadOnlyList<string> Fields { get; } = [];

    /// <summary>Outages, network failures and the daily limit (which frees up as the 24-hour window rolls).</summary>
    public bool IsTransient => HttpStatus is null or >= 500 || ErrorCode == "REQUEST_LIMIT_EXCEEDED";

    public StepError ToStepError(TimeSpan limitExceededWait) => IsTransient
        ? StepError.Transient(Message, ErrorCode == "REQUEST_LIMIT_EXCEEDED" ? limitExceededWait : null, "salesforce." + ErrorCode)
        : StepError.Permanent(Message, "salesforce." + ErrorCode);
}
