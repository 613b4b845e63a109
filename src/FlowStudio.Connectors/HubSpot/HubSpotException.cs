using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>HubSpot's <c>{"status":"error","message","correlationId","category"}</c>; <see cref="ConnectorApiException.ErrorCode"/> is the category.</summary>
public sealed class HubSpotException : ConnectorApiException
{
    public HubSpotException()
    {
    }

    public HubSpotException(string message)
        : base(message)
    {
    }

    public HubSpotException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HubSpotException(string message, int? httpStatus, string? category, string? correlationId, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, httpStatus, category, retryAfter, innerException)
    {
        CorrelationId = correlationId;
    }

    /// <summary>Quote it to HubSpot support.</summary>
    public string? CorrelationId { get; }
}
