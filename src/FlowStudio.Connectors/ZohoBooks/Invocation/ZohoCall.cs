using System.Text.Json;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>One operation call: the client for the connection, the checked input and the idempotency key for creates.</summary>
internal sealed class ZohoCall(ZohoBooksClient client, ZohoInput input, string idempotencyKey, CancellationToken cancellationToken)
{
    public ZohoInput Input => input;

    /// <summary>The <c>idempotency_key</c> input when a flow maps one (e.g. a source system's event id), else the engine's key for this step.</summary>
    public string IdempotencyKey => input.Text("idempotency_key") ?? idempotencyKey;

    /// <summary>Checks the input (nothing is sent when it is invalid), makes the call and shapes its answer.</summary>
    /// <exception cref="ZohoInputException">The input has problems.</exception>
    public async Task<JsonElement> SendAsync<T>(Func<ZohoBooksClient, CancellationToken, Task<T>> send, Func<T, JsonElement> output)
    {
        input.EnsureValid();
        return output(await send(client, cancellationToken));
    }

    public Task<JsonElement> SendAsync<T>(Func<ZohoBooksClient, CancellationToken, Task<T>> send) => SendAsync(send, ZohoOutput.Record);

    /// <summary>Checks the input now; the records are fetched page by page as the caller reads them.</summary>
    /// <exception cref="ZohoInputException">The input has problems.</exception>
    public IAsyncEnumerable<JsonElement> List<T>(Func<ZohoBooksClient, CancellationToken, IAsyncEnumerable<T>> list)
    {
        input.EnsureValid();
        return list(client, cancellationToken).Select(ZohoOutput.Record);
    }
}
