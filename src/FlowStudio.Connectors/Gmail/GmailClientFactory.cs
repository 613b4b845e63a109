using FlowStudio.Connectors.Google;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Gmail;

/// <summary>A client per stored connection, sharing the resilient HttpClient pipeline and the Google token cache.</summary>
public sealed class GmailClientFactory(IHttpClientFactory httpClientFactory, GoogleTokenProvider tokens, TimeProvider time, ILoggerFactory loggerFactory)
{
    public GmailClient Create(GmailConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var logger = loggerFactory.CreateLogger<GmailClient>();
        var api = new GoogleApiCaller(httpClientFactory.CreateClient(GmailClient.HttpClientName), connection.Credentials, tokens, logger);
        return new GmailClient(api, connection, time, logger);
    }
}
