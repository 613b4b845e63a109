using FlowStudio.Connectors.ZohoBooks.Auth;
using FlowStudio.Connectors.ZohoBooks.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// Makes a client per stored connection (the app has several: the sandbox and real organisations). All of
/// them share the resilient HttpClient pipeline, the token cache and the per-organisation rate limiters.
/// </summary>
public sealed class ZohoBooksClientFactory(
    IHttpClientFactory httpClientFactory,
    ZohoTokenProvider tokens,
    ZohoRateLimiters limiters,
    IOptions<ZohoBooksOptions> options,
    ILoggerFactory loggerFactory)
{
    public ZohoBooksClient Create(ZohoBooksConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new ZohoBooksClient(
            httpClientFactory.CreateClient(ZohoBooksClient.HttpClientName),
            connection,
            tokens,
            limiters,
            options.Value,
            loggerFactory.CreateLogger<ZohoBooksClient>());
    }
}
