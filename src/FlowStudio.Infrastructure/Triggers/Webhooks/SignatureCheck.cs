namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>Whether a delivery's signature holds, and if not, why (recorded in the inbox, never sent back in detail).</summary>
public sealed record SignatureCheck(bool Valid, string? Reason)
{
    public static SignatureCheck Passed { get; } = new(true, null);

    public static SignatureCheck Failed(string reason) => new(false, reason);
}
