using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Stripe;

public static class StripeConnectorServiceCollectionExtensions
{
    /// <summary>Registers the Stripe client factory, its resilient HttpClient and the <see cref="StripeModule"/>.</summary>
    public static IServiceCollection AddStripeConnector(this IServiceCollection services, Action<StripeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<StripeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<KeyedRateLimiters>();
        services.TryAddSingleton<StripeClientFactory>();

        // Header values are redacted so the secret key never reaches the HttpClient logs.
        services.AddHttpClient(StripeClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("stripe", (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<StripeOptions>>().Value));
        services.AddConnectorModule<StripeModule>();
        return services;
    }
}
