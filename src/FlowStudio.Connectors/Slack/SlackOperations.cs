using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// Slack's operations. A posted message cannot be taken back and Slack has no idempotency key, so both declare
/// <see cref="IdempotencyStrategy.None"/> (see ADR 0015).
/// </summary>
public static class SlackOperations
{
    public const string PostMessage = "messages.post";
    public const string PostWebhook = "webhook.post";

    public static ImmutableArray<ConnectorOperationDescriptor> All { get; } =
    [
        new()
        {
            Connector = SlackConnectionSettings.Connector,
            Operation = PostMessage,
            DisplayName = "Post message",
            Description = "Posts to a channel with chat.postMessage (bot token). Cannot be undone; a retry after an unclear failure may post twice.",
            Kind = ConnectorOperationKind.Action,
            Idempotency = IdempotencyStrategy.None,
            Output = new ConnectorOutputShape("message", false, [new("channel", "text"), new("ts", "text"), new("text", "text")]),
            Inputs =
            [
                new("channel", "Channel", ConfigFieldType.Text) { HelpText = "Channel id (C0…) or #name; empty uses the connection's default channel." },
                new("text", "Text", ConfigFieldType.Text) { Required = true, HelpText = "Message text (mrkdwn); also the notification fallback when blocks are given." },
                new("blocks", "Blocks", ConfigFieldType.Expression) { HelpText = "Optional Block Kit array." },
                new("thread_ts", "Reply in thread", ConfigFieldType.Text) { HelpText = "ts of the parent message." },
            ],
        },
        new()
        {
            Connector = SlackConnectionSettings.Connector,
            Operation = PostWebhook,
            DisplayName = "Post to incoming webhook",
            Description = "Posts to the channel the connection's incoming webhook was created for. Cannot be undone.",
            Kind = ConnectorOperationKind.Action,
            Idempotency = IdempotencyStrategy.None,
            Output = new ConnectorOutputShape("result", false, [new("ok", "boolean")]),
            Inputs =
            [
                new("text", "Text", ConfigFieldType.Text) { Required = true },
                new("blocks", "Blocks", ConfigFieldType.Expression) { HelpText = "Optional Block Kit array." },
            ],
        },
    ];
}
