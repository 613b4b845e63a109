using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.Slack;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.Slack;

namespace FlowStudio.Connectors.Tests.Slack;

/// <summary>The Slack sandbox and the Slack connector wired to it, once per test class.</summary>
public sealed class SlackSandboxFixture : IAsyncLifetime
{
    public SandboxHost Host { get; private set; } = null!;

    public SlackConnectorModule Module => Host.Module<SlackConnectorModule>();

    public static ResolvedConnection Connection(string? botToken = SlackSandboxDemo.BotToken, string? webhookPath = SlackSandboxDemo.WebhookPath)
    {
        var secrets = new Dictionary<string, string>();
        if (botToken is not null)
        {
            secrets[SlackConnectionSettings.BotToken] = botToken;
        }

        if (webhookPath is not null)
        {
            secrets[SlackConnectionSettings.WebhookUrl] = "https://hooks.slack.com/" + webhookPath;
        }

        return SandboxHost.SandboxConnection(
            SlackConnectionSettings.Connector,
            new Dictionary<string, string> { [SlackConnectionSettings.DefaultChannel] = "#general" },
            secrets);
    }

    public async ValueTask InitializeAsync() => Host = await SandboxHost.StartAsync(
        (services, data) => services.AddSlackSandbox(o => o.DatabasePath = Path.Combine(data, "slack.db")),
        (routes, policy) => routes.MapSlackSandbox(policy),
        services => services.AddSlackConnector(o =>
        {
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.MessagesPerSecondPerChannel = 0;
        }));

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
