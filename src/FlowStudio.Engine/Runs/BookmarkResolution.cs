using System.Text.Json;

namespace FlowStudio.Engine.Runs;

/// <summary>How a wait ended: for an approval the outcome is the port to take (approved, rejected, timedOut).</summary>
public sealed record BookmarkResolution(string Outcome, DateTimeOffset ResolvedAt)
{
    public string? ResolvedBy { get; init; }

    public string? Comment { get; init; }

    public JsonElement? Data { get; init; }
}
