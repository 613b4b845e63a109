using FlowStudio.Connectors.Coupa;
using FlowStudio.Connectors.Gmail;
using FlowStudio.Connectors.GoogleSheets;
using FlowStudio.Connectors.Salesforce;
using FlowStudio.Connectors.Slack;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// Registers the CRM, messaging and data connectors (Slack, Gmail, …): their clients, resilient HttpClients and
/// connector modules, which join the node catalog and the invoker through <c>IConnectorModule</c>.
/// </summary>
public static class CrmMessagingDataConnectors
{
    public static IServiceCollection AddCrmMessagingDataConnectors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSlackConnector();
        services.AddGmailConnector();
        services.AddGoogleSheetsConnector();
        services.AddSalesforceConnector();
        services.AddCoupaConnector();
        return services;
    }
}
