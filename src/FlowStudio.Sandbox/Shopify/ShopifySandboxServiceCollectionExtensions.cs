using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.Shopify;

public static class ShopifySandboxServiceCollectionExtensions
{
    /// <summary>Service key of the Shopify sandbox's <see cref="SandboxFaultInjector"/>.</summary>
    public const string Key = "shopify";

    public static IServiceCollection AddShopifySandbox(this IServiceCollection services, Action<ShopifySandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxWebhooks();
        services.AddKeyedSingleton<SandboxFaultInjector>(Key);
        services.AddSingleton<ShopifyLeakyBucket>();
        services.AddSingleton<ShopifySandboxState>();
        services.AddSingleton<ShopifySandboxConsole>();
        services.AddSingleton<ISandboxConsole>(sp => sp.GetRequiredService<ShopifySandboxConsole>());
        services.AddHostedService<ShopifySandboxInitializer>();
        return services;
    }
}
