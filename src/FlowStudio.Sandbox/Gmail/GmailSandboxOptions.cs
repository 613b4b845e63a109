namespace FlowStudio.Sandbox.Gmail;

public sealed class GmailSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-gmail.db");

    /// <summary>Gmail's per-user sending limit, scaled to a minute for demos; off by default.</summary>
    public bool RateLimitEnabled { get; set; }

    public int SendsPerMinute { get; set; } = 60;

    /// <summary>Gmail refuses raw messages above 35 MB (upload) / 5 MB (metadata endpoint); the sandbox uses the smaller.</summary>
    public int MaxRawBytes { get; set; } = 5 * 1024 * 1024;
}
