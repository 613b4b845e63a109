namespace FlowStudio.Infrastructure.Runs.Workers;

internal enum RunStopReason
{
    /// <summary>A person cancelled the run; it is recorded as Cancelled already.</summary>
    Cancelled,

    /// <summary>Another node holds the run now; stop without writing anything.</summary>
    LeaseLost,

    /// <summary>This process is stopping; the run is handed back to be claimed again.</summary>
    Shutdown,
}
