using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Shopify;

public static class ShopifyConnectorServiceCollectionExtensions
{
    /// <summary>Registers the Shopify client factory, its resilient HttpClient and the <see cref="ShopifyModule"/>.</summary>
    public static IServiceCollection AddShopifyConnector(this IServiceCollection services, Action<ShopifyOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ShopifyOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<KeyedRateLimiters>();
        services.TryAddSingleton<ShopifyClientFactory>();

        // Header values are redacted so the access token never reaches the HttpClient logs.
        services.AddHttpClient(ShopifyClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("shopify", (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<ShopifyOptions>>().Value));
        services.AddConnectorModule<ShopifyModule>();
        return services;
    }
}
