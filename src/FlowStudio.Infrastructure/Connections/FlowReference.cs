namespace FlowStudio.Infrastructure.Connections;

/// <summary>A flow that uses a connection in its latest draft or its published version.</summary>
public sealed record FlowReference(Guid FlowId, string Name);
