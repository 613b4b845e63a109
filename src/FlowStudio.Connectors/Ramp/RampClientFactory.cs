using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Ramp;

/// <summary>Makes a client per stored connection; all share the resilient pipeline, the token cache and the rate limiters.</summary>
public sealed class RampClientFactory(IHttpClientFactory httpClientFactory, RampTokenProvider tokens, KeyedRateLimiters limiters, IOptions<RampOptions> options, ILoggerFactory loggerFactory)
{
    /// <exception cref="ConnectorConnectionException">The connection is incomplete.</exception>
    public RampClient Create(RampConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new RampClient(httpClientFactory.CreateClient(RampClient.HttpClientName), connection, tokens, limiters, options.Value, loggerFactory.CreateLogger<RampClient>());
    }
}
