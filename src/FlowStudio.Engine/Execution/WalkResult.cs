using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

internal enum WalkKind
{
    Completed,
    Failed,
    Parked,
    Stopped,
}

/// <summary>How walking a scope ended; for Failed and Parked, which node and why.</summary>
internal readonly record struct WalkResult(WalkKind Kind, string? NodeId = null, StepError? Error = null, DateTimeOffset? ResumeAt = null, string? BookmarkId = null)
{
    public static WalkResult Completed => default;

    public static WalkResult Stopped => new(WalkKind.Stopped);

    /// <summary>Of two ways a set of parallel iterations ended, the one the run must report.</summary>
    public static WalkResult Worse(WalkResult a, WalkResult b)
    {
        static int Rank(WalkKind kind) => kind switch
        {
            WalkKind.Failed => 3,
            WalkKind.Stopped => 2,
            WalkKind.Parked => 1,
            _ => 0,
        };

        if (a.Kind == WalkKind.Parked && b.Kind == WalkKind.Parked)
        {
            return (a.ResumeAt, b.ResumeAt) switch
            {
                (null, _) => b,
                (_, null) => a,
                _ => a.ResumeAt <= b.ResumeAt ? a : b,
            };
        }

        return Rank(b.Kind) > Rank(a.Kind) ? b : a;
    }
}
