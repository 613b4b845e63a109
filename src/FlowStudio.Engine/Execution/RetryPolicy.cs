using System.Globalization;
using System.Text.Json;
using System.Xml;
using FlowStudio.Core.Flows;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// How often and how soon a transient failure is retried. A node overrides the engine default
/// with a <c>retry</c> config object: <c>{ "maxAttempts": 5, "initialDelay": "PT2S", "maxDelay": "PT10M", "multiplier": 2, "jitter": 0.2 }</c>.
/// </summary>
public sealed record RetryPolicy
{
    public static RetryPolicy Default { get; } = new();

    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>Attempts in all, the first included; 1 means no retry.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    public decimal Multiplier { get; init; } = 2m;

    /// <summary>Spread around the computed delay, as a fraction: 0.2 gives ±20 %.</summary>
    public decimal Jitter { get; init; } = 0.2m;

    /// <summary>The node's own policy, fields it leaves out taken from <paramref name="fallback"/>.</summary>
    /// <exception cref="FormatException">A field has the wrong shape.</exception>
    public static RetryPolicy FromConfig(JsonElement config, RetryPolicy fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (NodeConfig.Get(config, "retry") is not { ValueKind: JsonValueKind.Object } retry)
        {
            return fallback;
        }

        return fallback with
        {
            MaxAttempts = Number(retry, "maxAttempts") is { } attempts ? (int)Math.Clamp(attempts, 1, 100) : fallback.MaxAttempts,
            InitialDelay = Duration(retry, "initialDelay") ?? fallback.InitialDelay,
            MaxDelay = Duration(retry, "maxDelay") ?? fallback.MaxDelay,
            Multiplier = Number(retry, "multiplier") is { } multiplier ? Math.Clamp(multiplier, 1m, 10m) : fallback.Multiplier,
            Jitter = Number(retry, "jitter") is { } jitter ? Math.Clamp(jitter, 0m, 1m) : fallback.Jitter,
        };
    }

    private static decimal? Number(JsonElement retry, string key) => NodeConfig.Get(retry, key) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var value) => value,
        { ValueKind: JsonValueKind.String } s when decimal.TryParse(s.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) => value,
        var other => throw new FormatException($"retry.{key} must be a number, not {other.Value.GetRawText()}."),
    };

    private static TimeSpan? Duration(JsonElement retry, string key) =>
        NodeConfig.GetString(retry, key) is { } text ? XmlConvert.ToTimeSpan(text) : null;
}
