using FlowStudio.Connectors.Runtime;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// The keys a stored Slack connection keeps. A sandbox connection sends the Web API to <c>sandbox/slack/api/</c>
/// and the webhook's path (<c>services/T…/B…/…</c>) to <c>sandbox/slack/</c> under the app's base address.
/// </summary>
public static class SlackConnectionSettings
{
    public const string Connector = "slack";

    public const string DefaultChannel = "defaultChannel";

    /// <summary>Secret.</summary>
    public const string BotToken = "botToken";

    /// <summary>Secret.</summary>
    public const string WebhookUrl = "webhookUrl";

    public const string SandboxApiPath = "sandbox/slack/api/";

    public const string SandboxHooksPath = "sandbox/slack/";

    /// <exception cref="InvalidOperationException">The webhook URL is not an absolute URL, or a sandbox connection has no address.</exception>
    public static SlackConnection ToConnection(ResolvedConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var result = new SlackConnection
        {
            BotToken = connection.Secret(BotToken) ?? string.Empty,
            DefaultChannel = connection.Setting(DefaultChannel),
        };
        var webhook = connection.Secret(WebhookUrl);
        if (!string.IsNullOrWhiteSpace(webhook))
        {
            result.WebhookUrl = Uri.TryCreate(webhook, UriKind.Absolute, out var url)
                ? url
                : throw new InvalidOperationException($"The webhook URL of {connection} is not an absolute URL.");
        }

        if (connection.IsSandbox)
        {
            var baseUrl = connection.SandboxBaseUrl ?? throw new InvalidOperationException($"{connection} has no sandbox address.");
            result.ApiBaseUrl = new Uri(baseUrl, SandboxApiPath);
            if (result.WebhookUrl is not null)
            {
                result.WebhookUrl = new Uri(new Uri(baseUrl, SandboxHooksPath), result.WebhookUrl.AbsolutePath.TrimStart('/'));
            }
        }

        return result;
    }
}
