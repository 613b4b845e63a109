using System.Text.Json;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Contracts;

/// <summary>The answer of an external call: an output, or a typed failure that says whether a retry may help.</summary>
public sealed record CallResult
{
    private CallResult(JsonElement? output, StepError? failure)
    {
        Output = output;
        Failure = failure;
    }

    public JsonElement? Output { get; }

    public StepError? Failure { get; }

    public bool Succeeded => Failure is null;

    public static CallResult Success(JsonElement output) => new(output, null);

    public static CallResult Failed(StepError failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(null, failure);
    }
}
