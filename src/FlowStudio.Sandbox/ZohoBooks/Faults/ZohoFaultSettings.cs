namespace FlowStudio.Sandbox.ZohoBooks.Faults;

/// <summary>Faults the sandbox injects into Books API calls, set through <c>PUT /sandbox/zoho/_admin/faults</c>.</summary>
public sealed record ZohoFaultSettings
{
    public int LatencyMs { get; init; }

    public double ErrorProbability { get; init; }

    public int FailNextRequests { get; init; }

    public int ErrorStatusCode { get; init; } = 500;

    public double ThrottleProbability { get; init; }

    public int ThrottleNextRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    public int HangNextRequests { get; init; }

    public int HangMs { get; init; } = 120_000;
}
