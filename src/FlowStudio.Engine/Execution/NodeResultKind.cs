namespace FlowStudio.Engine.Execution;

public enum NodeResultKind
{
    /// <summary>Done; continue at <see cref="NodeResult.Port"/>.</summary>
    Continue,

    /// <summary>Failed; retried when transient, else routed to the error port or failing the run.</summary>
    Failure,

    /// <summary>Park the run on a bookmark until it is resolved or due.</summary>
    Wait,

    /// <summary>End the run successfully.</summary>
    Stop,

    /// <summary>Run the per-item branch for each item (for-each).</summary>
    Loop,
}
