using System.Globalization;
using System.Text.Json;
using System.Xml;
using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Triggers.Polling;

/// <summary>A poll trigger node's config.</summary>
public sealed record PollSettings(
    string Connection, string Operation, TimeSpan Interval, string? CursorField, string IdField, string? InputTemplate, DateTimeOffset? BackfillFrom)
{
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far before the watermark each poll asks from (ISO 8601 duration, e.g. P3D; none by default), for sources whose
    /// records can show up after later ones (a Ramp card transaction clears days after its transaction time). Records
    /// re-read this way start nothing: they are deduplicated by id and modification time.
    /// </summary>
    public TimeSpan Lookback { get; init; }

    public static bool TryParse(JsonElement config, out PollSettings settings, out string error)
    {
        settings = null!;
        error = "";
        var connection = NodeConfig.GetString(config, "connection");
        var operation = NodeConfig.GetString(config, "operation");
        var interval = NodeConfig.GetString(config, "interval");
        if (string.IsNullOrWhiteSpace(connection) || string.IsNullOrWhiteSpace(operation))
        {
            error = "connection and operation: a poll needs both.";
            return false;
        }

        if (!TryDuration(interval, out var every))
        {
            error = $"interval: '{interval}' is not an ISO 8601 duration such as PT5M.";
            return false;
        }

        if (every < MinimumInterval)
        {
            error = $"interval: {interval} is shorter than the minimum of {MinimumInterval.TotalSeconds} seconds.";
            return false;
        }

        DateTimeOffset? backfill = null;
        var from = NodeConfig.GetString(config, "backfillFrom");
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                error = $"backfillFrom: '{from}' is not a date such as 2025-01-01.";
                return false;
            }

            backfill = parsed;
        }

        var lookback = TimeSpan.Zero;
        var back = NodeConfig.GetString(config, "lookback");
        if (!string.IsNullOrWhiteSpace(back))
        {
            if (!TryDuration(back, out lookback))
            {
                error = $"lookback: '{back}' is not an ISO 8601 duration such as P3D.";
                return false;
            }

            if (lookback < TimeSpan.Zero)
            {
                error = $"lookback: {back} must not be negative.";
                return false;
            }
        }

        var template = NodeConfig.GetString(config, "input");
        settings = new PollSettings(
            connection.Trim(), operation.Trim(), every,
            string.IsNullOrWhiteSpace(NodeConfig.GetString(config, "cursorField")) ? null : NodeConfig.GetString(config, "cursorField")!.Trim(),
            string.IsNullOrWhiteSpace(NodeConfig.GetString(config, "idField")) ? "id" : NodeConfig.GetString(config, "idField")!.Trim(),
            string.IsNullOrWhiteSpace(template) ? null : template,
            backfill)
        {
            Lookback = lookback,
        };
        return true;
    }

    private static bool TryDuration(string? text, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(text ?? "");
            return true;
        }
        catch (FormatException)
        {
            duration = TimeSpan.Zero;
            return false;
        }
    }
}
