using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace FlowStudio.Connectors.Coupa;

public static class CoupaConnectorServiceCollectionExtensions
{
    /// <summary>Registers the Coupa token provider, client factory, their resilient HttpClients and the <see cref="CoupaConnectorModule"/>.</summary>
    public static IServiceCollection AddCoupaConnector(this IServiceCollection services, Action<CoupaOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CoupaOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CoupaTokenProvider>();
        services.TryAddSingleton<CoupaClientFactory>();

        // Header values are redacted so neither an API key nor a token reaches the HttpClient logs.
        services.AddHttpClient(CoupaTokenProvider.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("coupa-token", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<CoupaOptions>>().Value.AttemptTimeout));
        services.AddHttpClient(CoupaClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("coupa", (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<CoupaOptions>>().Value));
        services.AddConnectorModule<CoupaConnectorModule>();
        return services;
    }
}
