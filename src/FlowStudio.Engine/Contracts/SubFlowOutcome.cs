using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Contracts;

/// <summary>A started (or found) child run, or why none could be started.</summary>
public sealed record SubFlowOutcome
{
    private SubFlowOutcome(SubFlowResult? child, StepError? failure)
    {
        Child = child;
        Failure = failure;
    }

    public SubFlowResult? Child { get; }

    public StepError? Failure { get; }

    public static SubFlowOutcome Started(SubFlowResult child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new(child, null);
    }

    public static SubFlowOutcome Refused(StepError failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(null, failure);
    }
}
