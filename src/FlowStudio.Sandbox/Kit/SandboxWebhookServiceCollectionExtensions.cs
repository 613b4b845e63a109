using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.Kit;

public static class SandboxWebhookServiceCollectionExtensions
{
    /// <summary>The emitters' HTTP client: short timeouts like the providers' own (Shopify gives up after 5 s).</summary>
    public static IServiceCollection AddSandboxWebhooks(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(WebhookSender)))
        {
            return services;
        }

        services.AddHttpClient(WebhookSender.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton<WebhookSender>();
        return services;
    }
}
