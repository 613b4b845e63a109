using System.Text.Json;
using FlowStudio.Core.Runs;

namespace FlowStudio.Engine.Contracts;

/// <summary>
/// What <see cref="ISubFlowRunner"/> reports: the child run, its status now and, once it succeeded, its output
/// (the output of the last step it completed outside a loop). The JSON form is
/// <c>{ "runId": "…", "status": "Succeeded", "output": … , "error": "…" }</c>.
/// </summary>
public sealed record SubFlowResult(Guid RunId, RunStatus Status, JsonElement? Output = null, string? Error = null)
{
    /// <summary>The event type of the wait a parent parks on while its child runs; the correlation key is the child run id.</summary>
    public const string CompletedEvent = "subflow.completed";

    /// <summary>Resolution outcome when the child succeeded; anything else is a failure.</summary>
    public const string Succeeded = "succeeded";

    public const string Failed = "failed";
}
