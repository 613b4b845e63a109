namespace FlowStudio.Sandbox.Slack;

/// <summary>The demo workspace behind a one-click Slack sandbox connection: its bot token, channels and incoming webhook.</summary>
public static class SlackSandboxDemo
{
    public const string BasePath = "/sandbox/slack";

    /// <summary>Web API methods live at <c>https://slack.com/api/{method}</c>.</summary>
    public const string ApiPath = "/sandbox/slack/api";

    public const string TeamId = "T0FLOWSTD1";
    public const string TeamName = "FlowStudio Demo";
    public const string BotUserId = "U0FLOWBOT1";
    public const string BotId = "B0FLOWBOT1";
    public const string BotToken = "xoxb-0000000001-0000000002-sandboxdemo0bot0token00";

    /// <summary>The path part of the incoming webhook URL (<c>https://hooks.slack.com/services/…</c>); it posts to #finance-alerts.</summary>
    public const string WebhookPath = "services/T0FLOWSTD1/B0FLOWHOOK/sandboxdemo0webhook00000";

    public const string GeneralChannelId = "C0GENERAL1";
    public const string FinanceChannelId = "C0FINANCE1";
    public const string ArchivedChannelId = "C0ARCHIVE1";
    public const string PrivateChannelId = "G0EXECUTV1";
}
