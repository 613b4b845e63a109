using FlowStudio.Infrastructure.Runs.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>
/// The workers of this process: recovers orphaned runs and timers at start-up, then claims ready runs
/// into free slots (<c>Runs:Workers</c>) whenever woken (a run queued, a slot freed, a timer fired) or
/// every <c>Runs:PollInterval</c>, and renews the leases of what it executes. On shutdown it stops
/// claiming, lets running passes finish until the host's timeout, then cancels them and hands them back.
/// </summary>
internal sealed partial class RunDispatcher(
    RunClaims claims,
    RunExecutor executor,
    RunCancellations cancellations,
    RunQueueSignal signal,
    RunTimers timers,
    RunsOptions options,
    ILogger<RunDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan HandBackGrace = TimeSpan.FromSeconds(2);
    private readonly HashSet<Task> _inFlight = [];
    private int _busy;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Past the host's shutdown timeout, in-flight passes are cancelled; their runs stay resumable.
        await using var timeout = cancellationToken.Register(() => cancellations.CancelAll(RunStopReason.Shutdown));
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // base.StopAsync returns as soon as the host gives up; give the cancelled passes a moment to hand their runs back.
        if (ExecuteTask is { IsCompleted: false } running)
        {
            await Task.WhenAny(running, Task.Delay(HandBackGrace, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovered = await claims.RecoverAsync(startup: true).ConfigureAwait(false);
        var timersRestored = await timers.RestoreAsync(stoppingToken).ConfigureAwait(false);
        LogStarted(options.Workers, recovered, timersRestored, claims.Owner);
        using var maintenance = new CancellationTokenSource();
        var housekeeping = MaintainAsync(maintenance.Token);
        try
        {
            await DispatchAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: no new claims.
        }

        Task[] running;
        lock (_inFlight)
        {
            running = [.. _inFlight];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        await maintenance.CancelAsync().ConfigureAwait(false);
        await housekeeping.ConfigureAwait(false);
    }

    private async Task DispatchAsync(CancellationToken stoppingToken)
    {
        // A claim costs about the same for one run as for many, so under load wait for a few free slots.
        var batch = Math.Max(1, options.Workers / 8);
        var eager = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = options.Workers - Volatile.Read(ref _busy);
            if (free >= batch || (free > 0 && eager))
            {
                try
                {
                    var runs = await claims.ClaimAsync(free, stoppingToken).ConfigureAwait(false);
                    foreach (var run in runs)
                    {
                        Start(run);
                    }

                    // Fewer than asked for: the queue is empty, so the next run queued is claimed at once.
                    eager = runs.Count < free;
                    if (!eager)
                    {
                        continue;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogClaimFailed(ex);
                }
            }

            // Woken by a queued run, a freed slot, a due timer; or it is time to poll. With a backlog and a few
            // free slots, gather more for a moment, but never leave a slot idle behind long-running passes.
            var wait = free > 0 && !eager ? GatherWindow : options.PollInterval;
            eager |= !await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
        }
    }

    private void Start(ClaimedRun run)
    {
        Interlocked.Increment(ref _busy);
        var token = cancellations.Register(run.Run.RunId);
        var task = Task.Run(() => executor.ExecuteAsync(run, token), CancellationToken.None);
        lock (_inFlight)
        {
            _inFlight.Add(task);
        }

        task.ContinueWith(
            done =>
            {
                cancellations.Remove(run.Run.RunId);
                lock (_inFlight)
                {
                    _inFlight.Remove(done);
                }

                Interlocked.Decrement(ref _busy);
                signal.Notify();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Renews leases, stops runs this node no longer holds, and makes expired ones ready again.</summary>
    private async Task MaintainAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Min(options.LeaseDuration / 3, options.PollInterval));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    foreach (var lost in await claims.RenewAsync(cancellations.Running).ConfigureAwait(false))
                    {
                        cancellations.Cancel(lost, RunStopReason.LeaseLost);
                    }

                    if (await claims.RecoverAsync(startup: false).ConfigureAwait(false) > 0)
                    {
                        signal.Notify();
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogMaintenanceFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped with the dispatcher.
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Run workers started: {Workers} slots, {Recovered} orphaned runs made ready, {Timers} timers restored (owner {Owner})")]
    private partial void LogStarted(int workers, int recovered, int timers, string owner);

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming runs failed; trying again at the next poll")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Lease renewal or recovery failed; trying again at the next tick")]
    private partial void LogMaintenanceFailed(Exception exception);
}
