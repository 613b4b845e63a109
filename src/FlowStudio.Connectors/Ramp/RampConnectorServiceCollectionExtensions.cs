using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace FlowStudio.Connectors.Ramp;

public static class RampConnectorServiceCollectionExtensions
{
    /// <summary>Registers the Ramp token provider, client factory, their resilient HttpClients and the <see cref="RampModule"/>.</summary>
    public static IServiceCollection AddRampConnector(this IServiceCollection services, Action<RampOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RampOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KeyedRateLimiters>();
        services.TryAddSingleton<RampTokenProvider>();
        services.TryAddSingleton<RampClientFactory>();

        // Header values are redacted so neither the Basic credentials nor a token reach the HttpClient logs.
        services.AddHttpClient(RampTokenProvider.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("ramp-token", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<RampOptions>>().Value.AttemptTimeout));
        services.AddHttpClient(RampClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("ramp", (pipeline, context) =>
                ConnectorResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<RampOptions>>().Value));
        services.AddConnectorModule<RampModule>();
        return services;
    }
}
