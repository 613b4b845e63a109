namespace FlowStudio.Core.Connections;

/// <summary>
/// What a one-click sandbox connection holds for a connector whose in-app sandbox runs here: the demo
/// organisation's settings and credentials. The Web host registers one per mounted sandbox (from the sandbox's demo constants); none when sandboxes are off.
/// </summary>
public sealed record SandboxConnectionTemplate(
    string Connector,
    string Name,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Secrets);
