using FlowStudio.Connectors.Runtime;
using FlowStudio.Engine.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Connectors.Http;

public static class HttpRequestNodeServiceCollectionExtensions
{
    /// <summary>The HTTP request node's sender and the generic HTTP connection type (needs an <see cref="IConnectionResolver"/>).</summary>
    public static IServiceCollection AddHttpRequestNode(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Header values are redacted so a token or API key never reaches the HttpClient logs. No retry handler:
        // the engine retries the step durably with its own policy.
        services.AddHttpClient(HttpRequestSender.HttpClientName).RedactLoggedHeaders(_ => true);
        services.TryAddSingleton<HttpRequestSender>();
        services.TryAddSingleton<IHttpRequestSender>(sp => sp.GetRequiredService<HttpRequestSender>());
        services.AddConnectorModule<HttpConnectorModule>();
        return services;
    }
}
