using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Connector-wide behaviour of the Stripe client (timeouts, retries, page size).</summary>
public sealed class StripeOptions : ConnectorHttpOptions
{
    public const string SectionName = "Connectors:Stripe";

    /// <summary>Stripe's maximum <c>limit</c>.</summary>
    public int PageSize { get; set; } = 100;
}
