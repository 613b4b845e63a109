namespace FlowStudio.Sandbox.Kit;

/// <summary>An event a sandbox can emit: <see cref="Key"/> is the path segment under <c>_admin/simulate/</c>.</summary>
public sealed record SimulatedEvent(string Key, string Label, string Topic);
