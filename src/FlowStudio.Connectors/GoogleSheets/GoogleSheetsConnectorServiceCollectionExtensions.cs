using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Connectors.GoogleSheets;

public static class GoogleSheetsConnectorServiceCollectionExtensions
{
    public static IServiceCollection AddGoogleSheetsConnector(this IServiceCollection services, Action<GoogleApiOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddGoogleApiClient(GoogleSheetsClient.HttpClientName, configure);
        services.TryAddSingleton<GoogleSheetsClientFactory>();
        services.AddConnectorModule<GoogleSheetsConnectorModule>();
        return services;
    }
}
