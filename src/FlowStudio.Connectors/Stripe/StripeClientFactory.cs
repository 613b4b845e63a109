using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Makes a client per stored connection; all share the resilient HttpClient pipeline and the per-key rate limiters.</summary>
public sealed class StripeClientFactory(IHttpClientFactory httpClientFactory, KeyedRateLimiters limiters, IOptions<StripeOptions> options, ILoggerFactory loggerFactory)
{
    /// <exception cref="ConnectorConnectionException">The connection is incomplete.</exception>
    public StripeClient Create(StripeConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new StripeClient(httpClientFactory.CreateClient(StripeClient.HttpClientName), connection, limiters, options.Value, loggerFactory.CreateLogger<StripeClient>());
    }
}
