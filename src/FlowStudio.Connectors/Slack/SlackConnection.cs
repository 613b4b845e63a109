namespace FlowStudio.Connectors.Slack;

/// <summary>One Slack workspace: a bot token for the Web API and/or an incoming webhook URL. <see cref="ToString"/> masks both.</summary>
public sealed class SlackConnection
{
    /// <summary>Where Web API methods live; <c>https://slack.com/api/</c> in production.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>Secret: <c>xoxb-…</c>.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Secret: anyone holding it can post to its channel.</summary>
    public Uri? WebhookUrl { get; set; }

    public string? DefaultChannel { get; set; }

    /// <summary>Identifies the limiter of this workspace without holding the token.</summary>
    internal string Fingerprint => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(BotToken + "|" + WebhookUrl)))[..16];

    public override string ToString() =>
        $"Slack ({ApiBaseUrl.GetLeftPart(UriPartial.Authority)}, bot token {(BotToken.Length == 0 ? "none" : "***")}, webhook {(WebhookUrl is null ? "none" : "***")})";
}
