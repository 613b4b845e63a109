namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>A step row a batch will write: inserted unless it <see cref="Exists"/>, and only when <see cref="Dirty"/>.</summary>
internal sealed class PendingStep(RunStepEntity row, bool exists)
{
    public RunStepEntity Row => row;

    public bool Exists { get; set; } = exists;

    public bool Dirty { get; set; } = true;
}
