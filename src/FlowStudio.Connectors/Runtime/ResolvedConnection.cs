namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// A stored connection with its secrets decrypted, handed to a connector module for one call. Keys of
/// <see cref="Settings"/> and <see cref="Secrets"/> are declared by each connector (e.g.
/// <c>ZohoBooksConnectionSettings</c>). The resolver fills in the app's own address in
/// <see cref="SandboxBaseUrl"/>: sandbox connections call the in-app sandbox there. <see cref="ToString"/> never shows a secret.
/// </summary>
public sealed record ResolvedConnection(
    string Id,
    string Name,
    string Connector,
    bool IsSandbox,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyDictionary<string, string> Secrets)
{
    /// <summary>The app's own address (e.g. <c>http://127.0.0.1:5000/</c>): the sandbox's base, and the base of relative configured URLs.</summary>
    public Uri? SandboxBaseUrl { get; init; }

    public string? Setting(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public string? Secret(string key) => Secrets.TryGetValue(key, out var value) ? value : null;

    public override string ToString() => $"{Connector} connection '{Name}' ({Id}{(IsSandbox ? ", sandbox" : string.Empty)})";
}
