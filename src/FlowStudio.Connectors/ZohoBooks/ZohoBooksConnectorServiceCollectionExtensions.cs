using FlowStudio.Connectors.ZohoBooks.Auth;
using FlowStudio.Connectors.ZohoBooks.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace FlowStudio.Connectors.ZohoBooks;

public static class ZohoBooksConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Zoho Books client: <see cref="ZohoBooksClientFactory"/> for stored connections, a
    /// <see cref="ZohoBooksClient"/> for <see cref="ZohoBooksOptions.Connection"/>, and the operation catalog.
    /// </summary>
    public static IServiceCollection AddZohoBooksConnector(this IServiceCollection services, Action<ZohoBooksOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ZohoBooksOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ZohoTokenProvider>();
        services.TryAddSingleton<ZohoRateLimiters>();
        services.TryAddSingleton<ZohoBooksClientFactory>();
        services.TryAddSingleton<ZohoDataCenterCatalog>();
        services.TryAddSingleton<ZohoAuthorizationCodeExchange>();

        // Header values are redacted so an access token never reaches the HttpClient logs.
        services.AddHttpClient(ZohoTokenProvider.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("zoho-accounts", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<ZohoBooksOptions>>().Value.AttemptTimeout));

        services.AddHttpClient(ZohoBooksClient.HttpClientName)
            .AddTypedClient((http, provider) => new ZohoBooksClient(
                http,
                provider.GetRequiredService<IOptions<ZohoBooksOptions>>().Value.Connection,
                provider.GetRequiredService<ZohoTokenProvider>(),
                provider.GetRequiredService<ZohoRateLimiters>(),
                provider.GetRequiredService<IOptions<ZohoBooksOptions>>().Value,
                provider.GetRequiredService<ILogger<ZohoBooksClient>>()))
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("zoho-books", (pipeline, context) =>
                ZohoResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<ZohoBooksOptions>>().Value));

        return services;
    }
}
