using FlowStudio.Engine.Runs;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>A run this process holds the lease of; <see cref="Fresh"/> when it had never started before.</summary>
internal sealed record ClaimedRun(RunRecord Run, Guid FlowId, bool Fresh);
