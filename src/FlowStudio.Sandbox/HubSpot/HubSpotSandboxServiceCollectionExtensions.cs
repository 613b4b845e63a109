using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.HubSpot;

public static class HubSpotSandboxServiceCollectionExtensions
{
    /// <summary>Service key of the HubSpot sandbox's <see cref="SandboxFaultInjector"/>.</summary>
    public const string Key = "hubspot";

    public static IServiceCollection AddHubSpotSandbox(this IServiceCollection services, Action<HubSpotSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxWebhooks();
        services.AddKeyedSingleton<SandboxFaultInjector>(Key);
        services.AddSingleton<HubSpotRateLimiter>();
        services.AddSingleton<HubSpotSandboxState>();
        services.AddSingleton<HubSpotSandboxConsole>();
        services.AddSingleton<ISandboxConsole>(sp => sp.GetRequiredService<HubSpotSandboxConsole>());
        services.AddHostedService<HubSpotSandboxInitializer>();
        return services;
    }
}
