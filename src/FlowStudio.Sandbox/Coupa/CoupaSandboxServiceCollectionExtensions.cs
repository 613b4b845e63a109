using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.Coupa;

public static class CoupaSandboxServiceCollectionExtensions
{
    /// <summary>Service key of the Coupa sandbox's <see cref="SandboxFaultInjector"/>.</summary>
    public const string Key = "coupa";

    public static IServiceCollection AddCoupaSandbox(this IServiceCollection services, Action<CoupaSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<SandboxFaultInjector>(Key);
        services.AddSingleton<CoupaTokens>();
        services.AddSingleton<CoupaSandboxState>();
        services.AddSingleton<CoupaSandboxConsole>();
        services.AddSingleton<ISandboxConsole>(sp => sp.GetRequiredService<CoupaSandboxConsole>());
        services.AddHostedService<CoupaSandboxInitializer>();
        return services;
    }
}
