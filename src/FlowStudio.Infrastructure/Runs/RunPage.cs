namespace FlowStudio.Infrastructure.Runs;

/// <summary>One page of runs, newest first, and how many match in all.</summary>
public sealed record RunPage(IReadOnlyList<RunSummary> Items, int Total);
