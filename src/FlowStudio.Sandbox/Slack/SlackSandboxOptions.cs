namespace FlowStudio.Sandbox.Slack;

public sealed class SlackSandboxOptions
{
    public string DatabasePath { get; set; } = Path.Combine("data", "sandbox-slack.db");

    /// <summary>Slack allows about one message per second per channel; off by default so demos are not throttled.</summary>
    public bool RateLimitEnabled { get; set; }

    public int MessagesPerSecondPerChannel { get; set; } = 1;

    public string BotToken { get; set; } = SlackSandboxDemo.BotToken;
}
