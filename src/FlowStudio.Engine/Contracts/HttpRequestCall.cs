using System.Text.Json;

namespace FlowStudio.Engine.Contracts;

/// <summary>The HTTP request node's request; <see cref="Connection"/> supplies authentication, null for none.</summary>
public sealed record HttpRequestCall(
    Guid RunId,
    string NodeId,
    string Method,
    Uri Url,
    IReadOnlyDictionary<string, string> Headers,
    JsonElement? Body,
    string? Connection,
    TimeSpan? Timeout,
    string IdempotencyKey);
