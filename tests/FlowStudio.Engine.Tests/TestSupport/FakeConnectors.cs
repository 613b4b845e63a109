using System.Collections.Concurrent;
using System.Text.Json;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Tests.TestSupport;

/// <summary>
/// Records every call. An effect is a distinct idempotency key: a repeated key is the same effect,
/// as it would be at Stripe. <see cref="Respond"/> decides the answer; by default it echoes the input.
/// </summary>
internal sealed class FakeConnectors : IConnectorInvoker
{
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentDictionary<string, int> _effects = new(StringComparer.Ordinal);

    public Func<ConnectorCall, CallResult> Respond { get; set; } = call => CallResult.Success(Echo(call));

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>Times each idempotency key reached the other side.</summary>
    public IReadOnlyDictionary<string, int> Effects => _effects;

    public IEnumerable<ConnectorCall> CallsTo(string nodeId) => _calls.Where(c => c.NodeId == nodeId);

    public Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken)
    {
        _calls.Enqueue(request);
        var result = Respond(request);
        if (result.Succeeded)
        {
            _effects.AddOrUpdate(request.IdempotencyKey, 1, (_, n) => n + 1);
        }

        return Task.FromResult(result);
    }

    public static JsonElement Echo(ConnectorCall call) => JsonValues.Build(call, static (writer, c) =>
    {
        writer.WriteStartObject();
        writer.WriteString("operation", c.Operation);
        writer.WritePropertyName("input");
        c.Input.WriteTo(writer);
        writer.WriteEndObject();
    });
}
