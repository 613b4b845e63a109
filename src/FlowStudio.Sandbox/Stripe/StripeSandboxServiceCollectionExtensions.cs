using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.Stripe;

public static class StripeSandboxServiceCollectionExtensions
{
    /// <summary>Service key of the Stripe sandbox's <see cref="SandboxFaultInjector"/>.</summary>
    public const string Key = "stripe";

    public static IServiceCollection AddStripeSandbox(this IServiceCollection services, Action<StripeSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxWebhooks();
        services.AddKeyedSingleton<SandboxFaultInjector>(Key);
        services.AddSingleton<StripeRateLimiter>();
        services.AddSingleton<StripeSandboxState>();
        services.AddSingleton<StripeSandboxConsole>();
        services.AddSingleton<ISandboxConsole>(sp => sp.GetRequiredService<StripeSandboxConsole>());
        services.AddHostedService<StripeSandboxInitializer>();
        return services;
    }
}
