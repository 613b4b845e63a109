namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>Faults for the next API calls, set through <c>/sandbox/salesforce/_admin/faults</c>.</summary>
public sealed record SalesforceFaultSettings
{
    /// <summary>Answer the next N calls with 503 SERVER_UNAVAILABLE.</summary>
    public int FailNextRequests { get; init; }

    /// <summary>Answer the next N calls with 403 REQUEST_LIMIT_EXCEEDED (the daily allocation is used up).</summary>
    public int LimitExceededNextRequests { get; init; }
}
