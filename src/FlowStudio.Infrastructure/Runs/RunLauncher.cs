using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Execution;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs.Scheduling;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>
/// Run commands: start a run of a flow's published version, re-run with the same input, retry from the
/// failed step, cancel, and resolve a wait. A command a person gives is audited; a run a trigger starts
/// (<see cref="EnqueueAsync"/>) is not. Runs are queued here and executed by the workers.
/// </summary>
public sealed partial class RunLauncher
{
    private static readonly Func<FlowStudioDbContext, Guid, Task<FlowHead?>> FlowById = EF.CompileAsyncQuery(
        (FlowStudioDbContext db, Guid id) => db.Set<FlowRecord>().Where(f => f.Id == id).Select(f => new FlowHead(f.Name, f.PublishedVersion)).FirstOrDefault());

    private readonly IDbContextFactory<FlowStudioDbContext> _contexts;
    private readonly RunWriteQueue _writes;
    private readonly RunQueueSignal _signal;
    private readonly RunCancellations _cancellations;
    private readonly RunTimers _timers;
    private readonly RunChanges _changes;
    private readonly AuditLog _audit;
    private readonly RunsOptions _options;
    private readonly TimeProvider _clock;

    internal RunLauncher(
        IDbContextFactory<FlowStudioDbContext> contexts,
        RunWriteQueue writes,
        RunQueueSignal signal,
        RunCancellations cancellations,
        RunTimers timers,
        RunChanges changes,
        AuditLog audit,
        RunsOptions options,
        TimeProvider clock)
    {
        _contexts = contexts;
        _writes = writes;
        _signal = signal;
        _cancellations = cancellations;
        _timers = timers;
        _changes = changes;
        _audit = audit;
        _options = options;
        _clock = clock;
    }

    /// <summary>A person starts a run of the flow's published version with <paramref name="payload"/> as its trigger input.</summary>
    public async Task<RunCommandResult> StartAsync(
        Guid flowId, JsonElement payload, AuditActor actor, string? correlation = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Check(payload, correlation) is { } invalid)
        {
            return invalid;
        }

        var flow = await FindFlowAsync(flowId, cancellationToken);
        if (Unstartable(flowId, flow) is { } refused)
        {
            return refused;
        }

        var run = NewRun(flowId, flow!.PublishedVersion!.Value, Trigger(payload), correlation, actor.Name, null);
        await QueuedAsync(run);
        await _audit.RecordAsync(actor, new AuditRecord(
            AuditActions.RunStarted, $"Started a run of '{flow.Name}' v{run.FlowVersion}", "Run", run.Id.ToString(),
            After: new { FlowId = flowId, Version = run.FlowVersion, Correlation = run.Correlation }), cancellationToken);
        return RunCommandResult.Success(run.Id);
    }

    /// <summary>
    /// A trigger (webhook, schedule, poll, agent) queues a run; not audited, since no person acted. The
    /// published version is read in the statement that inserts the run.
    /// </summary>
    public async Task<RunCommandResult> EnqueueAsync(
        Guid flowId, JsonElement payload, string? correlation = null, string? startedBy = null, CancellationToken cancellationToken = default)
    {
        if (Check(payload, correlation) is { } invalid)
        {
            return invalid;
        }

        var run = NewRun(flowId, 0, Trigger(payload), correlation, startedBy, null);
        if (!await _writes.WriteAsync(batch => batch.Sql.QueueRunAsync(run)))
        {
            return Unstartable(flowId, await FindFlowAsync(flowId, cancellationToken))
                ?? RunCommandResult.Invalid($"Flow {flowId} could not be started; try again.");
        }

        _signal.Notify();
        _changes.Publish(run.Id, RunStatus.Pending);
        return RunCommandResult.Success(run.Id);
    }

    /// <summary>Starts a new run of the same flow version with the same input as <paramref name="runId"/>.</summary>
    public async Task<RunCommandResult> RerunAsync(Guid runId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.Set<RunEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (source is null)
        {
            return RunCommandResult.NotFound($"No run with id {runId}.");
        }

        var run = NewRun(source.FlowId, source.FlowVersion, source.TriggerJson, source.Correlation, actor.Name, runId);
        await QueuedAsync(run);
        await _audit.RecordAsync(actor, new AuditRecord(
            AuditActions.RunStarted, $"Re-ran run {runId} (v{source.FlowVersion}) with the same input", "Run", run.Id.ToString(),
            After: new { source.FlowId, Version = source.FlowVersion, SourceRunId = runId }), cancellationToken);
        return RunCommandResult.Success(run.Id);
    }

    private async Task QueuedAsync(RunEntity run)
    {
        await _writes.WriteAsync(batch => batch.Sql.InsertRunAsync(run));
        _signal.Notify();
        _changes.Publish(run.Id, RunStatus.Pending);
    }

    private static string Trigger(JsonElement payload) => payload.ValueKind == JsonValueKind.Undefined ? "{}" : payload.GetRawText();

    private static RunCommandResult? Unstartable(Guid flowId, FlowHead? flow) => flow switch
    {
        null => RunCommandResult.NotFound($"No flow with id {flowId}."),
        { PublishedVersion: null } => RunCommandResult.Invalid($"Flow '{flow.Name}' has no published version; publish it before starting a run."),
        _ => null,
    };

    private RunCommandResult? Check(JsonElement payload, string? correlation)
    {
        if (payload.ValueKind != JsonValueKind.Undefined && JsonValues.ByteLength(payload) > _options.MaxTriggerBytes)
        {
            return RunCommandResult.Invalid($"The payload is larger than {_options.MaxTriggerBytes} bytes (Runs:MaxTriggerBytes).");
        }

        return correlation is { Length: > 200 } ? RunCommandResult.Invalid("The correlation text is longer than 200 characters.") : null;
    }

    private async Task<FlowHead?> FindFlowAsync(Guid flowId, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        return await FlowById(db, flowId);
    }

    private RunEntity NewRun(Guid flowId, int version, string trigger, string? correlation, string? startedBy, Guid? sourceRunId)
    {
        var now = _clock.GetUtcNow();
        return new RunEntity
        {
            // Version 7: time-ordered, so new rows append to the primary key on SQL Server.
            Id = Guid.CreateVersion7(now),
            FlowId = flowId,
            FlowVersion = version,
            Status = RunStatus.Pending,
            Correlation = string.IsNullOrWhiteSpace(correlation) ? null : correlation.Trim(),
            CreatedAt = now,
            TriggerJson = trigger,
            ReadyAt = now,
            StartedBy = RunMapping.Clip(startedBy, 256),
            SourceRunId = sourceRunId,
        };
    }

    private sealed record FlowHead(string Name, int? PublishedVersion);
}
