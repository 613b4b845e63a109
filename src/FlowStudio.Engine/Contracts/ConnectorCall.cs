using System.Text.Json;

namespace FlowStudio.Engine.Contracts;

/// <summary>
/// A connector operation call, e.g. <c>zoho-books.create_invoice</c>. <see cref="IdempotencyKey"/> is the
/// same for every attempt and resume of one step.
/// </summary>
public sealed record ConnectorCall(Guid RunId, string NodeId, string? Connection, string Operation, JsonElement Input, string IdempotencyKey, int Attempt);
