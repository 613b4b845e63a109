using FlowStudio.Infrastructure.Data;

namespace FlowStudio.Infrastructure.Runs.Storage;

/// <summary>
/// What the writes of one batch share: the context and transaction, the prepared hot-path commands,
/// the run and step rows to write when the batch ends (so a step's start and end in one batch become
/// one insert), and work to do once it has committed.
/// </summary>
internal sealed class RunWriteBatch(FlowStudioDbContext db, RunSql.Session sql, bool isolated)
{
    private readonly List<RunEntity> _runs = [];
    private List<Action>? _afterCommit;

    public FlowStudioDbContext Db => db;

    public RunSql.Session Sql => sql;

    /// <summary>True when a write is retried alone after its batch failed: trust the database, not caches.</summary>
    public bool Isolated => isolated;

    /// <summary>Step rows to write at the end of the batch, and whether each one exists already (update) or not (insert).</summary>
    public Dictionary<(Guid RunId, string Path, string NodeId), (RunStepEntity Row, bool Exists)> Steps { get; } = [];

    public void AddRun(RunEntity run) => _runs.Add(run);

    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    /// <summary>Writes the queued runs first (steps refer to them), then the steps.</summary>
    public async Task FlushAsync()
    {
        foreach (var run in _runs)
        {
            await sql.InsertRunAsync(run).ConfigureAwait(false);
        }

        foreach (var (row, exists) in Steps.Values)
        {
            if (!await sql.SaveStepAsync(row, exists).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Step {row.NodeId}@{row.IterationPath} of run {row.RunId} was expected to exist.");
            }
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
