using System.Text.Json;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>
/// How one declared operation runs: <see cref="Send"/> for a call with one answer, or <see cref="List"/> for a
/// paged list (bounded by <c>limit</c> in a step, unbounded as a for-each stream).
/// </summary>
internal sealed record ZohoOperationHandler(string Operation, Func<ZohoCall, Task<JsonElement>>? Send, Func<ZohoCall, IAsyncEnumerable<JsonElement>>? List)
{
    public static ZohoOperationHandler One(string operation, Func<ZohoCall, Task<JsonElement>> send) => new(operation, send, null);

    public static ZohoOperationHandler Many(string operation, Func<ZohoCall, IAsyncEnumerable<JsonElement>> list) => new(operation, null, list);
}
