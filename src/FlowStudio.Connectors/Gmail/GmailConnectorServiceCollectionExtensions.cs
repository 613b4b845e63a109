using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Connectors.Gmail;

public static class GmailConnectorServiceCollectionExtensions
{
    public static IServiceCollection AddGmailConnector(this IServiceCollection services, Action<GoogleApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGoogleApiClient(GmailClient.HttpClientName, configure);
        services.TryAddSingleton<GmailClientFactory>();
        services.AddConnectorModule<GmailConnectorModule>();
        return services;
    }
}
