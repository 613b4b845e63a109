using System.Collections.Concurrent;
using System.Net;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Support;

/// <summary>Sits just above the TestServer handler and records every request that actually went out.</summary>
public sealed class RecordingHandler(ConcurrentQueue<RecordedCall> calls) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = request.Headers.Authorization?.ToString() ?? string.Empty;
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri!, response.StatusCode, authorization));
            return response;
        }
        catch (OperationCanceledException)
        {
            calls.Enqueue(new RecordedCall(request.Method.Method, request.RequestUri!, null, authorization));
            throw;
        }
    }
}

public sealed record RecordedCall(string Method, Uri Uri, HttpStatusCode? Status, string Authorization)
{
    public bool IsTokenRequest => Uri.AbsolutePath.EndsWith("/oauth/v2/token", StringComparison.Ordinal);
}
