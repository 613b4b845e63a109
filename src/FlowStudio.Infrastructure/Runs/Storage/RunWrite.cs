namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>One unit of work for <see cref="RunWriteQueue"/>; it completes when its batch commits.</summary>
internal abstract class RunWrite
{
    /// <summary>False for a write nobody awaits (a step's start record); its failure is only logged.</summary>
    public abstract bool Awaited { get; }

    public abstract Task ApplyAsync(RunWriteBatch batch);

    public abstract void Succeed();

    public abstract void Fail(Exception error);
}
