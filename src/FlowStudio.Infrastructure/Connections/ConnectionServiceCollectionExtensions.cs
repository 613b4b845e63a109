using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Infrastructure.Connections;

public static class ConnectionServiceCollectionExtensions
{
    /// <summary>Connection store, usage lookup, secret protector, resolver (<see cref="IConnectionResolver"/>), directory, tester, the Zoho organisation lookup and Zoho sign-in.</summary>
    public static IServiceCollection AddFlowStudioConnections(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ConnectionSecretProtector>();
        services.TryAddSingleton<ConnectionUsages>();
        services.TryAddSingleton<ConnectionStore>();
        services.TryAddSingleton<SandboxAddress>();
        services.TryAddSingleton<ConnectionTester>();
        services.TryAddSingleton<ZohoOrganizationLookup>();
        services.TryAddSingleton<ZohoPendingConsents>();
        services.TryAddSingleton<ZohoConsentStateProtector>();
        services.TryAddSingleton<ZohoConsentService>();
        services.TryAddSingleton<ZohoReconnection>();
        services.TryAddSingleton<IConnectionResolver, ConnectionResolver>();
        services.TryAddSingleton<IConnectionDirectory, ConnectionDirectory>();
        return services;
    }
}
