using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Ramp;

public sealed class RampOptions : ConnectorHttpOptions
{
    public const string SectionName = "Connectors:Ramp";

    /// <summary>Ramp's maximum <c>page_size</c>.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>Renew this long before the token expires.</summary>
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);
}
