using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Triggers;
using FlowStudio.Infrastructure.Triggers.Polling;

namespace FlowStudio.Web.Components.Pages.Triggers;

/// <summary>A poll trigger with its parsed settings (null with the reason when its configuration is invalid).</summary>
public sealed record PollRow(TriggerSummary Trigger, PollSettings? Settings, string? Problem)
{
    /// <summary>What "Poll now" found, when it was pressed on this page.</summary>
    public PollOutcome? PolledNow { get; init; }

    /// <summary>The connection's name as the Connections page shows it; null when it no longer exists.</summary>
    public string? ConnectionName { get; init; }

    /// <summary>"Found 3 records, started 1 run; watermark 2025-01-10T08:00:00Z" or the error.</summary>
    public static string Describe(PollOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var found = $"Found {Count(outcome.Records, "record")}, started {Count(outcome.Runs, "run")}";
        return outcome.Error is { } error
            ? $"{found}; stopped: {error}"
            : $"{found}; watermark {outcome.Watermark ?? "—"}";
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    public static PollRow From(TriggerSummary trigger)
    {
        ArgumentNullException.ThrowIfNull(trigger);
        return PollSettings.TryParse(NodeConfig.Parse(trigger.ConfigJson), out var settings, out var error)
            ? new PollRow(trigger, settings, null)
            : new PollRow(trigger, null, error);
    }

    /// <summary>"every 5 minutes", "every 30 seconds", "every 2 hours".</summary>
    public static string Every(TimeSpan interval) => interval switch
    {
        { TotalHours: >= 1 } when interval.TotalHours % 1 == 0 => Plural((int)interval.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when interval.TotalMinutes % 1 == 0 => Plural((int)interval.TotalMinutes, "minute"),
        _ => Plural((int)interval.TotalSeconds, "second"),
    };

    private static string Plural(int n, string unit) => n == 1 ? $"every {unit}" : $"every {n} {unit}s";
}
