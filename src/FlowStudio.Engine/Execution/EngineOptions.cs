namespace FlowStudio.Engine.Execution;

public sealed record EngineOptions
{
    public static EngineOptions Default { get; } = new();

    /// <summary>Largest step output stored as is; a larger one is stored as a truncation marker with a preview.</summary>
    public int MaxStepOutputBytes { get; init; } = 64 * 1024;

    /// <summary>Characters of the original output kept in a truncation marker.</summary>
    public int TruncatedPreviewChars { get; init; } = 512;

    /// <summary>Item results a for-each collects into its output; later items are counted, not kept.</summary>
    public int MaxCollectedResults { get; init; } = 1_000;

    /// <summary>Used for a node without its own <c>retry</c> config.</summary>
    public RetryPolicy DefaultRetry { get; init; } = RetryPolicy.Default;
}
