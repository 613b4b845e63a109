using FlowStudio.Connectors.Http;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.ZohoBooks;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// Registers the connectors this server offers: their clients and their modules (operations for the node catalog
/// and the invoker). The invoker itself (<c>AddConnectorRuntime</c>) is wired where the connection resolver is.
/// </summary>
public static class ConnectorHostingExtensions
{
    public static IHostApplicationBuilder AddFlowStudioConnectors(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddZohoBooksConnector(options => builder.Configuration.GetSection(ZohoBooksOptions.SectionName).Bind(options));
        builder.Services.AddConnectorModule<ZohoBooksModule>();
        builder.Services.AddHttpRequestNode();
        return builder;
    }
}
