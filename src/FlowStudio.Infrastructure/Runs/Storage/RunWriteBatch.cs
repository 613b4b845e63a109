using FlowStudio.Infrastructure.Data;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// What the writes of one batch share: the context and transaction, the step rows already tracked
/// (so a step's start and end in one batch become one insert), and work to do once it has committed.
/// </summary>
internal sealed class RunWriteBatch(FlowStudioDbContext db, bool isolated)
{
    private List<Action>? _afterCommit;

    public FlowStudioDbContext Db => db;

    /// <summary>True when a write is retried alone after its batch failed: trust the database, not caches.</summary>
    public bool Isolated => isolated;

    public Dictionary<(Guid RunId, string Path, string NodeId), RunStepEntity> Steps { get; } = [];

    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    public void Committed()
    {
        if (_afterCommit is null)
        {
            return;
        }

        foreach (var action in _afterCommit)
        {
            action();
        }
    }
}
