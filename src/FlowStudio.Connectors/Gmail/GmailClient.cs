using System.Text.Json;
using FlowStudio.Connectors.Google;
using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Gmail;

/// <summary>
/// Gmail API v1 for one account: <c>users.messages.send</c> with a real RFC 2822 message, the <c>rfc822msgid:</c> lookup
/// that keeps a retried step from sending twice, and <c>users.getProfile</c>.
/// </summary>
public sealed partial class GmailClient
{
    public const string HttpClientName = "FlowStudio.Gmail.Api";

    private readonly GoogleApiCaller api;
    private readonly GmailConnection connection;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    internal GmailClient(GoogleApiCaller api, GmailConnection connection, TimeProvider time, ILogger<GmailClient> logger)
    {
        this.api = api;
        this.connection = connection;
        this.time = time;
        this.logger = logger;
    }

    public override string ToString() => $"GmailClient for {connection}";

    /// <summary>
    /// Sends <paramref name="email"/> unless a message with the Message-ID of <paramref name="idempotencyKey"/> is already
    /// in the mailbox (an earlier attempt got through); then that message is returned with <c>AlreadySent</c>.
    /// </summary>
    /// <exception cref="GmailInputException">The email cannot be built.</exception>
    /// <exception cref="GoogleApiException">Gmail refused or could not be reached.</exception>
    public async Task<GmailSentMessage> SendAsync(GmailEmail email, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var messageId = string.IsNullOrEmpty(idempotencyKey)
            ? $"<fs-{Guid.NewGuid():N}@{connection.FromAddress.Split('@').Last()}>"
            : GmailMessageBuilder.MessageIdFor(idempotencyKey, connection.FromAddress);
        var raw = GmailMessageBuilder.Build(email, connection.FromAddress, connection.FromName, messageId, time.GetUtcNow());
        if (!string.IsNullOrEmpty(idempotencyKey) && await FindAsync(messageId, cancellationToken) is { } existing)
        {
            LogAlreadySent(logger, messageId);
            return existing;
        }

        var body = new Dictionary<string, string> { ["raw"] = GmailMessageBuilder.ToRaw(raw) };
        if (!string.IsNullOrWhiteSpace(email.ThreadId))
        {
            body["threadId"] = email.ThreadId;
        }

        var sent = await api.SendAsync(HttpMethod.Post, Api("users/me/messages/send"), body, cancellationToken);
        return new GmailSentMessage(Text(sent, "id"), Text(sent, "threadId"), Labels(sent), messageId, AlreadySent: false);
    }

    /// <summary>The message with this Message-ID, or null; null too when the token lacks a read scope (then nothing can be checked).</summary>
    public async Task<GmailSentMessage?> FindAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        JsonElement found;
        try
        {
            var query = Uri.EscapeDataString("rfc822msgid:" + messageId.Trim('<', '>'));
            found = await api.SendAsync(HttpMethod.Get, Api($"users/me/messages?q={query}&maxResults=1"), null, cancellationToken);
        }
        catch (GoogleApiException ex) when (ex.HttpStatus == 403 && ex.Reason is "insufficientPermissions" or "forbidden" or "ACCESS_TOKEN_SCOPE_INSUFFICIENT")
        {
            LogNoReadScope(logger);
            return null;
        }

        if (!found.TryGetProperty("messages", out var messages) || messages.GetArrayLength() == 0)
        {
            return null;
        }

        return new GmailSentMessage(Text(messages[0], "id"), Text(messages[0], "threadId"), ["SENT"], messageId, AlreadySent: true);
    }

    /// <summary>The account's address and message count, for "test connection".</summary>
    public async Task<(string EmailAddress, int MessagesTotal)> GetProfileAsync(CancellationToken cancellationToken)
    {
        var profile = await api.SendAsync(HttpMethod.Get, Api("users/me/profile"), null, cancellationToken);
        return (Text(profile, "emailAddress"), profile.TryGetProperty("messagesTotal", out var total) && total.TryGetInt32(out var n) ? n : 0);
    }

    private Uri Api(string relative) => new(connection.ApiBaseUrl, "gmail/v1/" + relative);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : string.Empty;

    private static string[] Labels(JsonElement element) =>
        element.TryGetProperty("labelIds", out var labels) && labels.ValueKind == JsonValueKind.Array
            ? [.. labels.EnumerateArray().Select(l => l.GetString() ?? string.Empty)]
            : [];

    [LoggerMessage(Level = LogLevel.Information, Message = "Gmail: a message with Message-ID {MessageId} is already in the mailbox; not sending it again")]
    private static partial void LogAlreadySent(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gmail: the token has no read scope, so a repeat cannot be detected; sending")]
    private static partial void LogNoReadScope(ILogger logger);
}
