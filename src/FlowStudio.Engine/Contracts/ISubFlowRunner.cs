namespace FlowStudio.Engine.Contracts;

/// <summary>Runs the published version of another flow; the output is the child run's result.</summary>
public interface ISubFlowRunner
{
    Task<CallResult> RunAsync(SubFlowCall request, CancellationToken cancellationToken);
}
