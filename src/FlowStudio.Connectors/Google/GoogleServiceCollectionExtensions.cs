using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace FlowStudio.Connectors.Google;

public static class GoogleServiceCollectionExtensions
{
    /// <summary>The shared Google pieces: options, token provider and its HttpClient, and a resilient API client named <paramref name="apiClientName"/>.</summary>
    public static IServiceCollection AddGoogleApiClient(this IServiceCollection services, string apiClientName, Action<GoogleApiOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GoogleApiOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);

        // Header values are redacted so access tokens never reach the HttpClient logs. Gmail and Sheets share the token client.
        if (!services.Any(d => d.ServiceType == typeof(GoogleTokenProvider)))
        {
            services.AddSingleton<GoogleTokenProvider>();
            services.AddHttpClient(GoogleTokenProvider.HttpClientName)
                .RedactLoggedHeaders(_ => true)
                .AddResilienceHandler("google-oauth", (pipeline, context) =>
                    pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<GoogleApiOptions>>().Value.AttemptTimeout));
        }

        services.AddHttpClient(apiClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler(apiClientName, (pipeline, context) =>
                GoogleResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<GoogleApiOptions>>().Value));
        return services;
    }
}
