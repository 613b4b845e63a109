namespace FlowStudio.Connectors.Gmail;

/// <summary>
/// A sent message: Gmail's id and thread, our <c>Message-ID</c>, and whether it had already been sent by an earlier
/// attempt of the same step (found by that Message-ID, so not sent again).
/// </summary>
public sealed record GmailSentMessage(string Id, string ThreadId, IReadOnlyList<string> LabelIds, string MessageId, bool AlreadySent);
