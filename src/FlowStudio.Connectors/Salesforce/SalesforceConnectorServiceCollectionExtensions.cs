using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Polly;

namespace FlowStudio.Connectors.Salesforce;

public static class SalesforceConnectorServiceCollectionExtensions
{
    /// <summary>The Salesforce client factory, session cache, resilient HttpClients (headers redacted in logs) and the connector module.</summary>
    public static IServiceCollection AddSalesforceConnector(this IServiceCollection services, Action<SalesforceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SalesforceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<SalesforceTokenProvider>();
        services.TryAddSingleton<SalesforceClientFactory>();
        services.AddHttpClient(SalesforceTokenProvider.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("salesforce-oauth", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<SalesforceOptions>>().Value.AttemptTimeout));
        services.AddHttpClient(SalesforceClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("salesforce", (pipeline, context) =>
                SalesforceResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<SalesforceOptions>>().Value));
        services.AddConnectorModule<SalesforceConnectorModule>();
        return services;
    }
}
