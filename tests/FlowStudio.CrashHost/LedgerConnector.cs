using System.Text;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;

namespace FlowStudio.CrashHost;

/// <summary>
/// A side-effecting "external system" whose state is a ledger file that outlives the process. Like
/// Stripe, it honours idempotency keys: the first call with a key appends an <c>effect</c> line (flushed
/// to disk), a repeat appends <c>replay</c> and answers as before. It pauses after the effect, so a kill
/// often lands between the effect and the engine's record of it.
/// </summary>
public sealed class LedgerConnector(string path, TimeSpan pause) : IConnectorInvoker, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var seen = File.Exists(path)
                && (await File.ReadAllLinesAsync(path, cancellationToken)).Any(l => l.StartsWith($"effect {request.IdempotencyKey} ", StringComparison.Ordinal));
            var line = seen
                ? $"replay {request.IdempotencyKey} {request.NodeId}"
                : $"effect {request.IdempotencyKey} {request.NodeId} {request.Input.GetRawText()}";
            await using (var ledger = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
            {
                await ledger.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), cancellationToken);
                ledger.Flush(flushToDisk: true);
            }
        }
        finally
        {
            _lock.Release();
        }

        await Task.Delay(pause, cancellationToken);
        return CallResult.Success(JsonValues.Parse($$"""{"id":"{{request.IdempotencyKey}}"}"""));
    }

    public void Dispose() => _lock.Dispose();
}
