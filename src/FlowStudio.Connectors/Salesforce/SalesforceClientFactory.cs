using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>A client per stored connection, sharing the resilient HttpClient pipeline and the session cache.</summary>
public sealed class SalesforceClientFactory(IHttpClientFactory httpClientFactory, SalesforceTokenProvider tokens, ILoggerFactory loggerFactory)
{
    public SalesforceClient Create(SalesforceConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new SalesforceClient(httpClientFactory.CreateClient(SalesforceClient.HttpClientName), connection, tokens, loggerFactory.CreateLogger<SalesforceClient>());
    }
}
