using System.Text.Json;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs;

/// <summary>
/// A run with its input, its steps in the order they started (inputs, outputs, errors, timing) and its
/// waits. A step output over the engine's cap is the marker <c>{ "$truncated": true, "bytes", "preview" }</c>
/// and <see cref="StepRecord.OutputTruncated"/> is set.
/// </summary>
public sealed record RunDetails(RunSummary Run, JsonElement Trigger, StepError? Error, IReadOnlyList<StepRecord> Steps, IReadOnlyList<BookmarkRecord> Waits);
