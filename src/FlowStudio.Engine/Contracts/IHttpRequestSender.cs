namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Sends the HTTP request node's request (implemented by Connectors). The output is
/// <c>{ "status": 200, "headers": { … }, "body": … }</c>; 429, 5xx and timeouts are transient failures.
/// </summary>
public interface IHttpRequestSender
{
    Task<CallResult> SendAsync(HttpRequestCall request, CancellationToken cancellationToken);
}
