using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// When the next attempt of a failed step runs: exponential backoff, spread by a jitter that is
/// derived from the step's idempotency key and attempt, so the same failure always gets the same
/// time (testable, and stable if the plan is computed again after a crash).
/// </summary>
public static class RetryPlanner
{
    /// <summary>The delay after attempt <paramref name="failedAttempt"/> (1-based) failed.</summary>
    public static TimeSpan Backoff(RetryPolicy policy, int failedAttempt, string stepKey, TimeSpan? retryAfter)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(failedAttempt);
        decimal ticks = policy.InitialDelay.Ticks;
        for (var i = 1; i < failedAttempt && ticks < policy.MaxDelay.Ticks; i++)
        {
            ticks *= policy.Multiplier;
        }

        ticks = Math.Min(ticks, policy.MaxDelay.Ticks);
        var spread = (2m * Unit(stepKey, failedAttempt)) - 1m;
        ticks = Math.Min(ticks * (1m + (policy.Jitter * spread)), policy.MaxDelay.Ticks);
        var delay = TimeSpan.FromTicks((long)Math.Max(ticks, 0m));

        // The other side knows best: never come back sooner than it asked.
        return retryAfter is { } asked && asked > delay ? asked : delay;
    }

    /// <summary>Null when no attempt is left or the failure is not transient.</summary>
    public static DateTimeOffset? NextAttemptAt(RetryPolicy policy, int failedAttempt, bool transient, string stepKey, TimeSpan? retryAfter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return transient && failedAttempt < policy.MaxAttempts
            ? now + Backoff(policy, failedAttempt, stepKey, retryAfter)
            : null;
    }

    /// <summary>A number in [0, 1) fixed by the key and attempt.</summary>
    internal static decimal Unit(string stepKey, int attempt)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{stepKey}#{attempt}"), hash);
        var value = BitConverter.ToUInt32(hash);
        return value / 4_294_967_296m;
    }
}
