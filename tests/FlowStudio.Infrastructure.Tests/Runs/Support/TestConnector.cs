using System.Collections.Concurrent;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Infrastructure.Tests.Runs.Support;

/// <summary>
/// Records every call; an effect is a distinct idempotency key, as at Stripe. <see cref="Handler"/>
/// decides the answer (by default it echoes the input at once).
/// </summary>
internal sealed class TestConnector : IConnectorInvoker
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _effects = new(StringComparer.Ordinal);

    public Func<ConnectorCall, CancellationToken, Task<CallResult>> Handler { get; set; } = (call, _) => Task.FromResult(Echo(call));

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    public IReadOnlyDictionary<string, int> Effects => _effects;

    public async Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken)
    {
        _calls.Enqueue(request);
        var result = await Handler(request, cancellationToken);
        if (result.Succeeded)
        {
            _effects.AddOrUpdate(request.IdempotencyKey, 1, (_, n) => n + 1);
        }

        return result;
    }

    public static CallResult Echo(ConnectorCall call) => CallResult.Success(JsonValues.Build(call, static (writer, c) =>
    {
        writer.WriteStartObject();
        writer.WriteString("operation", c.Operation);
        writer.WritePropertyName("input");
        c.Input.WriteTo(writer);
        writer.WriteEndObject();
    }));
}
