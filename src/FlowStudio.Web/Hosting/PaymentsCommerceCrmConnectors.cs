using FlowStudio.Connectors.HubSpot;
using FlowStudio.Connectors.Ramp;
using FlowStudio.Connectors.Shopify;
using FlowStudio.Connectors.Stripe;

namespace FlowStudio.Web.Hosting;

/// <summary>The payments, commerce and CRM connectors (Stripe, Shopify, HubSpot, Ramp), each an <c>IConnectorModule</c>.</summary>
public static class PaymentsCommerceCrmConnectors
{
    public static IServiceCollection AddPaymentsCommerceCrmConnectors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddStripeConnector();
        services.AddShopifyConnector();
        services.AddHubSpotConnector();
        services.AddRampConnector();
        return services;
    }
}
