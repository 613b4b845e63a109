using System.Threading.Channels;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>
/// Wakes the dispatcher when a run may be ready: one was queued, a wait was resolved, a timer fired or
/// a slot was freed. Notifications coalesce; one pending wake-up is enough, because the dispatcher
/// claims everything that is ready when it wakes.
/// </summary>
internal sealed class RunQueueSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wake.Writer.TryWrite(true);

    /// <summary>Returns true when notified, false after <paramref name="timeout"/> without a notification.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_wake.Reader.TryRead(out _))
        {
            return true;
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timer.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
