using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Execution;

/// <summary>One pass of the interpreter over a run: what was recorded before, and the flow.</summary>
internal sealed class RunState(RunSnapshot snapshot, CompiledFlow flow, CancellationToken cancellationToken)
{
    public Guid RunId => snapshot.Run.RunId;

    public RunSnapshot Snapshot => snapshot;

    public CompiledFlow Flow => flow;

    public CancellationToken CancellationToken => cancellationToken;

    public StepRecord? Previous(string stepKey) => snapshot.Steps.GetValueOrDefault(stepKey);

    public LoopProgress? Progress(string loopKey) => snapshot.Loops.GetValueOrDefault(loopKey);
}
