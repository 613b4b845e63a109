using System.Collections.Immutable;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Slack;

/// <summary>Slack on the connector contract: JSON input → <see cref="SlackClient"/> → JSON output or a typed step error.</summary>
public sealed class SlackConnectorModule(SlackClientFactory clients) : IConnectorModule
{
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web);

    public string Connector => SlackConnectionSettings.Connector;

    public string DisplayName => "Slack";

    public string Category => "Messaging";

    public string Icon => "Icons.Material.Filled.Forum";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => SlackOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(SlackConnectionSettings.BotToken, "Bot token") { IsSecret = true, Required = false, HelpText = "xoxb-… from your Slack app's OAuth page (scope chat:write)." },
        new(SlackConnectionSettings.DefaultChannel, "Default channel") { Required = false, HelpText = "Channel id or #name used when a step names none." },
        new(SlackConnectionSettings.WebhookUrl, "Incoming webhook URL") { IsSecret = true, Required = false, HelpText = "https://hooks.slack.com/services/…" },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var client = clients.Create(SlackConnectionSettings.ToConnection(connection));
            var input = ReadInput(request.Input);
            switch (request.Operation[(Connector.Length + 1)..])
            {
                case SlackOperations.PostMessage:
                    var posted = await client.PostMessageAsync(input, cancellationToken);
                    return CallResult.Success(JsonSerializer.SerializeToElement(new { channel = posted.Channel, ts = posted.Ts, text = posted.Text }));
                case SlackOperations.PostWebhook:
                    await client.PostWebhookAsync(input.Text, input.Blocks, cancellationToken);
                    return CallResult.Success(JsonSerializer.SerializeToElement(new { ok = true }));
                default:
                    return CallResult.Failed(StepError.Permanent($"Slack has no operation '{request.Operation}'.", "connector.unknown_operation"));
            }
        }
        catch (SlackApiException ex)
        {
            return CallResult.Failed(ex.ToStepError());
        }
        catch (SlackInputException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "slack.invalid_input"));
        }
        catch (InvalidOperationException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "slack.connection_invalid"));
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var settings = SlackConnectionSettings.ToConnection(connection);
            if (string.IsNullOrWhiteSpace(settings.BotToken))
            {
                return settings.WebhookUrl is null
                    ? ConnectionTestResult.Failure("Give a bot token, an incoming webhook URL, or both.")
                    : ConnectionTestResult.Success("Webhook URL saved; Slack offers no way to check it without posting.");
            }

            var team = await clients.Create(settings).AuthTestAsync(cancellationToken);
            return ConnectionTestResult.Success($"Connected to Slack workspace {team}.");
        }
        catch (SlackApiException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    /// <exception cref="SlackInputException">The input is not an object, or has neither text nor blocks.</exception>
    private static SlackMessageRequest ReadInput(JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            throw new SlackInputException("The Slack step's input must be an object with 'text' (and optionally 'channel', 'blocks', 'thread_ts').");
        }

        SlackMessageRequest message;
        try
        {
            message = input.Deserialize<SlackMessageRequest>(InputJson) ?? new SlackMessageRequest();
        }
        catch (JsonException ex)
        {
            throw new SlackInputException($"The Slack step's input field '{ex.Path?.TrimStart('$', '.')}' has the wrong type.");
        }

        var blocks = message.Blocks;
        if (blocks is { ValueKind: JsonValueKind.String } text)
        {
            try
            {
                blocks = JsonDocument.Parse(text.GetString()!).RootElement.Clone();
            }
            catch (JsonException)
            {
                throw new SlackInputException("'blocks' is text that is not JSON; give a Block Kit array.");
            }
        }

        if (blocks is { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            blocks = null;
        }

        if (blocks is { ValueKind: not JsonValueKind.Array })
        {
            throw new SlackInputException("'blocks' must be a Block Kit array.");
        }

        if (string.IsNullOrWhiteSpace(message.Text) && blocks is null)
        {
            throw new SlackInputException("'text' is required (Slack refuses a message with neither text nor blocks).");
        }

        return message with { Blocks = blocks };
    }
}
