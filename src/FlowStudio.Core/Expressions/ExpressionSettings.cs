namespace FlowStudio.Core.Expressions;

/// <summary>Bounds and environment of expression evaluation. The defaults suit field mappings.</summary>
public sealed record ExpressionSettings
{
    public static ExpressionSettings Default { get; } = new();

    public int MaxLength { get; init; } = 4_000;

    /// <summary>Deepest nesting of operators and function calls, and of parentheses in the text.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Work units per evaluation: one per operator, function call, reference and array item.</summary>
    public int MaxSteps { get; init; } = 100_000;

    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Longest text an expression may build, so CONCAT cannot exhaust memory.</summary>
    public int MaxTextLength { get; init; } = 1_000_000;

    /// <summary>Parsed expressions kept; beyond this new texts are parsed but not cached.</summary>
    public int CacheCapacity { get; init; } = 10_000;

    /// <summary>Time zone of TODAY() and of DATE(unix seconds).</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;
}
