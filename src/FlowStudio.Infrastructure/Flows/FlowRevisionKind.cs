namespace FlowStudio.Infrastructure.Flows;

/// <summary>What produced a saved revision of a flow.</summary>
public enum FlowRevisionKind
{
    Created,
    Saved,
    Published,
    Restored,
}
