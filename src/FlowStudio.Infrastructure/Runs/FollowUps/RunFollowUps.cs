using System.Threading.Channels;
using FlowStudio.Core.Runs;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using FlowStudio.Infrastructure.Runs.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Runs.FollowUps;

/// <summary>
/// What happens after a run ends: a parent waiting on it as a sub-flow is resumed with its output (or failure), and
/// a failed run of a flow with a failure handler starts that handler once. Ended runs are noticed from
/// <see cref="RunChanges"/> at once and by a periodic sweep of the database, so a crash or another node loses nothing.
/// </summary>
internal sealed partial class RunFollowUps(
    RunChanges changes,
    IDbContextFactory<FlowStudioDbContext> contexts,
    RunWriteQueue writes,
    RunQueueSignal signal,
    FlowDefinitions definitions,
    RunLauncher launcher,
    RunOutputs outputs,
    RunsOptions options,
    TimeProvider clock,
    ILogger<RunFollowUps> logger) : BackgroundService
{
    public const string FailureHandlerStartedBy = "failure handler";
    private const string SubFlowKeyPrefix = SubFlowResult.CompletedEvent + ":";
    private static readonly TimeSpan HandlerWindow = TimeSpan.FromHours(24);

    private readonly Channel<Guid> _ended = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        changes.Changed += OnChanged;
        try
        {
            await SweepSafelyAsync(stoppingToken);
            using var timer = new PeriodicTimer(options.FollowUpSweepInterval, clock);
            var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                var read = _ended.Reader.WaitToReadAsync(stoppingToken).AsTask();
                if (await Task.WhenAny(read, tick) == tick)
                {
                    await tick;
                    await SweepSafelyAsync(stoppingToken);
                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                    continue;
                }

                while (_ended.Reader.TryRead(out var runId))
                {
                    await FollowUpSafelyAsync(runId, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the next start's sweep picks up anything left.
        }
        finally
        {
            changes.Changed -= OnChanged;
        }
    }

    private void OnChanged(object? sender, RunChangedEventArgs e)
    {
        if (e.Status is { } status && status.IsTerminal())
        {
            _ended.Writer.TryWrite(e.RunId);
        }
    }

    internal async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waitingOn = await db.Set<RunBookmarkEntity>().AsNoTracking()
            .Where(b => b.ResolvedAt == null && b.LookupKey != null && b.LookupKey.StartsWith(SubFlowKeyPrefix))
            .Select(b => b.LookupKey!)
            .ToListAsync(cancellationToken);
        var children = waitingOn.Select(k => Guid.TryParse(k.AsSpan(SubFlowKeyPrefix.Length), out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();
        var since = clock.GetUtcNow() - HandlerWindow;
        var ended = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => children.Contains(r.Id) && (r.Status == RunStatus.Succeeded || r.Status == RunStatus.Failed || r.Status == RunStatus.Cancelled))
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        var failed = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => r.Status == RunStatus.Failed && r.FinishedAt >= since && (r.StartedBy == null || r.StartedBy != FailureHandlerStartedBy))
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.FlowId, r.FlowVersion })
            .Take(1_000)
            .ToListAsync(cancellationToken);
        foreach (var runId in ended)
        {
            await FollowUpAsync(runId, cancellationToken);
        }

        foreach (var run in failed)
        {
            var flow = await definitions.GetAsync(run.FlowId, run.FlowVersion, cancellationToken);
            if (!string.IsNullOrWhiteSpace(flow?.Metadata.FailureHandler)
                && !await db.Set<RunEntity>().AnyAsync(r => r.Id == HandlerRunId(run.Id), cancellationToken))
            {
                await FollowUpAsync(run.Id, cancellationToken);
            }
        }
    }

    internal async Task FollowUpAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Set<RunEntity>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || !run.Status.IsTerminal())
        {
            return;
        }

        await ResumeParentsAsync(db, run, cancellationToken);
        if (run.Status == RunStatus.Failed && run.StartedBy != FailureHandlerStartedBy)
        {
            await StartFailureHandlerAsync(db, run, cancellationToken);
        }
    }

    private async Task ResumeParentsAsync(FlowStudioDbContext db, RunEntity child, CancellationToken cancellationToken)
    {
        var key = SubFlowKeyPrefix + child.Id;
        var waits = await db.Set<RunBookmarkEntity>().AsNoTracking()
            .Where(b => b.LookupKey == key && b.ResolvedAt == null)
            .Select(b => new { b.Id, b.RunId })
            .ToListAsync(cancellationToken);
        if (waits.Count == 0)
        {
            return;
        }

        var succeeded = child.Status == RunStatus.Succeeded;
        var now = clock.GetUtcNow();
        var resolution = new BookmarkResolution(succeeded ? SubFlowResult.Succeeded : SubFlowResult.Failed, now)
        {
            ResolvedBy = "sub-flow",
            Comment = succeeded ? null : child.ErrorMessage ?? $"it ended {child.Status}",
            Data = succeeded ? await outputs.LastOutputAsync(child.Id, cancellationToken) : null,
        };
        await writes.WriteAsync(async batch =>
        {
            foreach (var wait in waits)
            {
                if (await EfRunStore.ResolveAsync(batch, wait.Id, resolution))
                {
                    await batch.Db.Set<RunEntity>()
                        .Where(r => r.Id == wait.RunId && r.Status == RunStatus.Waiting)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadyAt, now));
                }
            }
        });
        signal.Notify();
        foreach (var wait in waits)
        {
            changes.Publish(wait.RunId, null);
        }
    }

    private async Task StartFailureHandlerAsync(FlowStudioDbContext db, RunEntity failed, CancellationToken cancellationToken)
    {
        var flow = await definitions.GetAsync(failed.FlowId, failed.FlowVersion, cancellationToken);
        var handler = flow?.Metadata.FailureHandler?.Trim();
        if (string.IsNullOrEmpty(handler))
        {
            return;
        }

        var target = await FlowByIdOrName.FindAsync(db, handler, cancellationToken);
        if (target is null)
        {
            LogHandlerMissing(failed.Id, handler);
            return;
        }

        var payload = JsonValues.Build((failed, flow!.Metadata.Name), static (writer, state) =>
        {
            var (run, name) = state;
            writer.WriteStartObject();
            writer.WriteStartObject("failedRun");
            writer.WriteString("id", run.Id);
            writer.WriteString("flowId", run.FlowId);
            writer.WriteString("flowName", name);
            writer.WriteNumber("flowVersion", run.FlowVersion);
            writer.WriteString("error", run.ErrorMessage);
            writer.WriteString("code", run.ErrorCode);
            writer.WriteString("correlation", run.Correlation);
            if (run.FinishedAt is { } finished)
            {
                writer.WriteString("finishedAt", finished);
            }

            writer.WriteString("link", $"/runs/{run.Id}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
        var started = await launcher.StartOnceAsync(
            HandlerRunId(failed.Id), target.Id, payload.GetRawText(), $"failure of run {failed.Id}", FailureHandlerStartedBy, cancellationToken);
        if (started is null)
        {
            LogHandlerUnpublished(failed.Id, target.Name);
        }
        else if (started.Created)
        {
            LogHandlerStarted(failed.Id, target.Name, started.RunId);
        }
    }

    private static Guid HandlerRunId(Guid failedRunId) => DeterministicRunIds.For("failure-handler", failedRunId.ToString());

    private async Task SweepSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SweepAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSweepFailed(ex);
        }
    }

    private async Task FollowUpSafelyAsync(Guid runId, CancellationToken cancellationToken)
    {
        try
        {
            await FollowUpAsync(runId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFollowUpFailed(ex, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} failed; started failure handler '{Handler}' as run {HandlerRunId}")]
    private partial void LogHandlerStarted(Guid runId, string handler, Guid handlerRunId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} failed but its failure handler '{Handler}' does not exist")]
    private partial void LogHandlerMissing(Guid runId, string handler);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} failed but its failure handler '{Handler}' has no published version")]
    private partial void LogHandlerUnpublished(Guid runId, string handler);

    [LoggerMessage(Level = LogLevel.Error, Message = "Following up run {RunId} failed; the next sweep tries again")]
    private partial void LogFollowUpFailed(Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The run follow-up sweep failed; it runs again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
