using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.HubSpot;

public static class HubSpotConnectorServiceCollectionExtensions
{
    /// <summary>Registers the HubSpot client factory, its resilient HttpClient and the <see cref="HubSpotModule"/>.</summary>
    public static IServiceCollection AddHubSpotConnector(this IServiceCollection services, Action<HubSpotOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HubSpotOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<KeyedRateLimiters>();
        services.TryAddSingleton<HubSpotClientFactory>();
        services.TryAddSingleton(TimeProvider.System);

        // Header values are redacted so the access token never reaches the HttpClient logs.
        services.AddHttpClient(HubSpotClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("hubspot", (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<HubSpotOptions>>().Value));
        services.AddConnectorModule<HubSpotModule>();
        return services;
    }
}
