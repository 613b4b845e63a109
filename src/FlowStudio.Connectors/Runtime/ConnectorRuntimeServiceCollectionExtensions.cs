using FlowStudio.Engine.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FlowStudio.Connectors.Runtime;

public static class ConnectorRuntimeServiceCollectionExtensions
{
    /// <summary>Adds a connector module; its operations join the node catalog and the invoker.</summary>
    public static IServiceCollection AddConnectorModule<TModule>(this IServiceCollection services)
        where TModule : class, IConnectorModule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConnectorModule, TModule>());
        return services;
    }

    /// <summary>
    /// Makes <see cref="ConnectorInvoker"/> the engine's connector invoker and <see cref="ConnectorItemStreamSource"/>
    /// its for-each stream source (both need an <see cref="IConnectionResolver"/>).
    /// </summary>
    public static IServiceCollection AddConnectorRuntime(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<ConnectorInvoker>();
        services.Replace(ServiceDescriptor.Singleton<IConnectorInvoker>(sp => sp.GetRequiredService<ConnectorInvoker>()));
        services.TryAddSingleton<IItemStreamSource, ConnectorItemStreamSource>();
        return services;
    }
}
