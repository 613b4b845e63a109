using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Sandbox.Ramp;

public static class RampSandboxServiceCollectionExtensions
{
    /// <summary>Service key of the Ramp sandbox's <see cref="SandboxFaultInjector"/>.</summary>
    public const string Key = "ramp";

    public static IServiceCollection AddRampSandbox(this IServiceCollection services, Action<RampSandboxOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSandboxWebhooks();
        services.AddKeyedSingleton<SandboxFaultInjector>(Key);
        services.AddSingleton<RampTokens>();
        services.AddSingleton<RampSandboxState>();
        services.AddSingleton<RampSandboxConsole>();
        services.AddSingleton<ISandboxConsole>(sp => sp.GetRequiredService<RampSandboxConsole>());
        services.AddHostedService<RampSandboxInitializer>();
        return services;
    }
}
