using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Coupa;

public sealed class CoupaOptions : ConnectorHttpOptions
{
    public const string SectionName = "Connectors:Coupa";

    /// <summary>Records per request; Coupa returns at most 50.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>Renew this long before the (24-hour) token expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);
}
