namespace FlowStudio.Web.Components.Triggers;

/// <summary>The address a sender posts to for a hook key.</summary>
public static class HookUrls
{
    /// <summary><paramref name="baseUrl"/> may carry a path (https://example.com/flowstudio); the hook goes under it.</summary>
    public static string For(Uri baseUrl, string hookKey)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentException.ThrowIfNullOrWhiteSpace(hookKey);
        return $"{baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}/hooks/{Uri.EscapeDataString(hookKey)}";
    }
}
