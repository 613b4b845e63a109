using FlowStudio.Connectors.Runtime;
using FlowStudio.Infrastructure.Connections;

namespace FlowStudio.Web.Hosting;

public static class ConnectionHostingExtensions
{
    /// <summary>
    /// Stored connections (store, resolver, directory, tester) and the real connector runtime: connector steps
    /// call the registered <see cref="IConnectorModule"/>s with the step's decrypted connection.
    /// </summary>
    public static IHostApplicationBuilder AddFlowStudioConnections(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddFlowStudioConnections();
        builder.Services.AddConnectorRuntime();
        return builder;
    }
}
