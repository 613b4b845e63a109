using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Shopify;

/// <summary>Makes a client per stored connection; all share the resilient pipeline and the per-shop buckets.</summary>
public sealed class ShopifyClientFactory(IHttpClientFactory httpClientFactory, KeyedRateLimiters limiters, IOptions<ShopifyOptions> options, ILoggerFactory loggerFactory)
{
    /// <exception cref="ConnectorConnectionException">The connection is incomplete.</exception>
    public ShopifyClient Create(ShopifyConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new ShopifyClient(httpClientFactory.CreateClient(ShopifyClient.HttpClientName), connection, limiters, options.Value, loggerFactory.CreateLogger<ShopifyClient>());
    }
}
