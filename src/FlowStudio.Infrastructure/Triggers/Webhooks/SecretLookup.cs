namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>The signing secrets of a hook, or why there are none. <see cref="ToString"/> never shows a secret.</summary>
internal sealed record SecretLookup(IReadOnlyList<string> Secrets, string? Problem)
{
    public static SecretLookup Missing(string problem) => new([], problem);

    public override string ToString() => Problem ?? $"{Secrets.Count} secret(s)";
}
