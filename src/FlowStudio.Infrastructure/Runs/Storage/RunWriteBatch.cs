using FlowStudio.Infrastructure.Data;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// What the writes of one batch share: the context and transaction, the prepared hot-path commands,
/// the step rows to write when the batch ends (so a step's start and end in one batch become
/// one insert), and work to do once it has committed.
/// </summary>
internal sealed class RunWriteBatch(FlowStudioDbContext db, RunSql.Session sql, bool isolated)
{
    private List<Action>? _afterCommit;

    public FlowStudioDbContext Db => db;

    public RunSql.Session Sql => sql;

    /// <summary>True when a write is retried alone after its batch failed: trust the database, not caches.</summary>
    public bool Isolated => isolated;

    /// <summary>Step rows to write at the end of the batch (or before a write that reads or changes steps).</summary>
    public Dictionary<(Guid RunId, string Path, string NodeId), PendingStep> Steps { get; } = [];

    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    /// <summary>
    /// Writes the step rows changed since the last flush. A write that touches the steps table itself
    /// (cancel, dropping a finished item's steps) flushes first, so it sees the rows queued before it.
    /// </summary>
    public async Task FlushAsync()
    {
        foreach (var step in Steps.Values.Where(s => s.Dirty))
        {
            if (!await sql.SaveStepAsync(step.Row, step.Exists).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Step {step.Row.NodeId}@{step.Row.IterationPath} of run {step.Row.RunId} was expected to exist.");
            }

            step.Exists = true;
            step.Dirty = false;
        }
    }

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
