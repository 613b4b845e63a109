namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>What one poll did: records seen, runs started, pages read, the watermark after it, and an error if it stopped.</summary>
public sealed record PollOutcome(int Records, int Runs, int Pages, string? Watermark, string? Error);
