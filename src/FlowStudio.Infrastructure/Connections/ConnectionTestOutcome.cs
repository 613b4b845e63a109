namespace FlowStudio.Infrastructure.Connections;

/// <summary>The last "test connection" of a connection: when, whether it worked, and what it reached or why not.</summary>
public sealed record ConnectionTestOutcome(DateTimeOffset TestedAt, bool Succeeded, string Message);
