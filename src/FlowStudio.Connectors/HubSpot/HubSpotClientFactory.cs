using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>Makes a client per stored connection; all share the resilient pipeline and the per-token rate limiters.</summary>
public sealed class HubSpotClientFactory(IHttpClientFactory httpClientFactory, KeyedRateLimiters limiters, IOptions<HubSpotOptions> options, ILoggerFactory loggerFactory)
{
    /// <exception cref="ConnectorConnectionException">The connection is incomplete.</exception>
    public HubSpotClient Create(HubSpotConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new HubSpotClient(httpClientFactory.CreateClient(HubSpotClient.HttpClientName), connection, limiters, options.Value, loggerFactory.CreateLogger<HubSpotClient>());
    }
}
