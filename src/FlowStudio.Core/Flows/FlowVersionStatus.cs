namespace FlowStudio.Core.Flows;

public enum FlowVersionStatus
{
    Draft,
    Published,
}
