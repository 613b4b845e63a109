namespace FlowStudio.Sandbox.Slack.Api;

/// <summary>Faults for the next requests, set through <c>PUT /sandbox/slack/_admin/faults</c>.</summary>
public sealed record SlackFaultSettings
{
    /// <summary>Answer the next N calls with HTTP 429 and <c>Retry-After</c>.</summary>
    public int ThrottleNextRequests { get; init; }

    /// <summary>Answer the next N calls with HTTP 503.</summary>
    public int FailNextRequests { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;
}
