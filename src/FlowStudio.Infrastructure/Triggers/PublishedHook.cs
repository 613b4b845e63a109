namespace FlowStudio.Infrastructure.Triggers;

/// <summary>An active webhook trigger: the flow and node it starts, and its hook key (the path after <c>/hooks/</c>).</summary>
public sealed record PublishedHook(Guid FlowId, string FlowName, string NodeId, string HookKey, bool Paused)
{
    /// <summary>The hook's address under <paramref name="baseAddress"/> (the app's public address).</summary>
    public Uri Url(Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var root = baseAddress.AbsoluteUri.EndsWith('/') ? baseAddress : new Uri(baseAddress.AbsoluteUri + "/");
        return new Uri(root, "hooks/" + Uri.EscapeDataString(HookKey));
    }
}
