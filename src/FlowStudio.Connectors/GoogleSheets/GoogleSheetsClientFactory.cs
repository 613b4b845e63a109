using FlowStudio.Connectors.Google;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>A client per stored connection, sharing the resilient HttpClient pipeline and the Google token cache with Gmail.</summary>
public sealed class GoogleSheetsClientFactory(IHttpClientFactory httpClientFactory, GoogleTokenProvider tokens, ILoggerFactory loggerFactory)
{
    public GoogleSheetsClient Create(GoogleSheetsConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var logger = loggerFactory.CreateLogger<GoogleSheetsClient>();
        var api = new GoogleApiCaller(httpClientFactory.CreateClient(GoogleSheetsClient.HttpClientName), connection.Credentials, tokens, logger);
        return new GoogleSheetsClient(api, connection);
    }
}
