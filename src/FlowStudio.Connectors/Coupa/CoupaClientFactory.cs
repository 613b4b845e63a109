using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Coupa;

/// <summary>Makes a client per stored connection; all share the resilient pipeline and the token cache.</summary>
public sealed class CoupaClientFactory(IHttpClientFactory httpClientFactory, CoupaTokenProvider tokens, IOptions<CoupaOptions> options, ILoggerFactory loggerFactory)
{
    /// <exception cref="ConnectorConnectionException">The connection is incomplete.</exception>
    public CoupaClient Create(CoupaConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new CoupaClient(httpClientFactory.CreateClient(CoupaClient.HttpClientName), connection, tokens, options.Value, loggerFactory.CreateLogger<CoupaClient>());
    }
}
