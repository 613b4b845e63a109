namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>A completed for-each item: a resumed run skips it; its result is kept only under the engine's result cap.</summary>
internal sealed class RunLoopItemEntity
{
    public Guid RunId { get; set; }

    public required string LoopKey { get; set; }

    public int Index { get; set; }

    public string? ResultJson { get; set; }
}
