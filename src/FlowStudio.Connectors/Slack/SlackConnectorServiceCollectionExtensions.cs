using FlowStudio.Connectors.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Slack;

public static class SlackConnectorServiceCollectionExtensions
{
    /// <summary>The Slack client factory, its resilient HttpClient (headers redacted in logs) and the connector module.</summary>
    public static IServiceCollection AddSlackConnector(this IServiceCollection services, Action<SlackOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<SlackOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<SlackRateLimiters>();
        services.TryAddSingleton<SlackClientFactory>();
        services.AddHttpClient(SlackClient.HttpClientName)
            .RedactLoggedHeaders(_ => true)
            .AddResilienceHandler("slack", (pipeline, context) =>
                SlackResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value));
        services.AddConnectorModule<SlackConnectorModule>();
        return services;
    }
}
