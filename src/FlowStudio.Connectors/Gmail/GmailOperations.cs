using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Gmail;

/// <summary>
/// Gmail's operation. A sent email cannot be recalled; the Message-ID derived from the idempotency key is looked up
/// before sending, so a retried or resumed step does not send twice (ADR 0015).
/// </summary>
public static class GmailOperations
{
    public const string Send = "messages.send";

    public static ImmutableArray<ConnectorOperationDescriptor> All { get; } =
    [
        new()
        {
            Connector = GmailConnectionSettings.Connector,
            Operation = Send,
            DisplayName = "Send email",
            Description = "Sends an email from the connected account. A retry finds the first attempt's message by its Message-ID instead of sending again.",
            Kind = ConnectorOperationKind.Action,
            Idempotency = IdempotencyStrategy.ReferenceLookup,
            Output = new ConnectorOutputShape(
                "message",
                false,
                [new("id", "text"), new("thread_id", "text"), new("message_id", "text"), new("label_ids", "list"), new("already_sent", "boolean")]),
            Inputs =
            [
                new("to", "To", ConfigFieldType.Text) { Required = true, HelpText = "Comma-separated addresses, e.g. ap@customer.com, \"Ann Li\" <ann@customer.com>." },
                new("cc", "Cc", ConfigFieldType.Text),
                new("bcc", "Bcc", ConfigFieldType.Text),
                new("reply_to", "Reply-To", ConfigFieldType.Text),
                new("subject", "Subject", ConfigFieldType.Text) { Required = true },
                new("text", "Plain-text body", ConfigFieldType.Text) { HelpText = "Give text, HTML or both (both become multipart/alternative)." },
                new("html", "HTML body", ConfigFieldType.Text),
                new("thread_id", "Gmail thread", ConfigFieldType.Text) { HelpText = "Optional thread id to add the message to." },
                new("in_reply_to", "In reply to (Message-ID)", ConfigFieldType.Text),
                new("idempotency_key", "Idempotency key", ConfigFieldType.Text) { HelpText = "Filled by the engine from run, node and iteration." },
            ],
        },
    ];
}
