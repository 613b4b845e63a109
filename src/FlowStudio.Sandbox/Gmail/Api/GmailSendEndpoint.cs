using System.Net.Mail;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Gmail.Data;
using FlowStudio.Sandbox.Gmail.Mime;
using FlowStudio.Sandbox.Google;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Gmail.Api;

/// <summary>
/// <c>POST users/{userId}/messages/send</c> with <c>{"raw":"&lt;base64url RFC 2822&gt;","threadId"?}</c>: checks the
/// recipients, keeps or adds the <c>Message-ID</c>, sends as the account (Gmail rewrites a foreign From) and answers
/// <c>{"id","threadId","labelIds":["SENT"]}</c>.
/// </summary>
public static class GmailSendEndpoint
{
    public static async Task<IResult> SendAsync(
        string userId,
        HttpContext http,
        GmailMailbox mailbox,
        GoogleSandboxTokens tokens,
        GmailFaults faults,
        GoogleMinuteLimiter limiter,
        IOptions<GmailSandboxOptions> options,
        CancellationToken cancellationToken)
    {
        if (GmailApiEndpoints.Guard(http, userId, tokens, faults) is { } refused)
        {
            return refused;
        }

        var settings = options.Value;
        if (settings.RateLimitEnabled && limiter.TryAcquire("gmail:" + GmailSandboxDemo.EmailAddress, settings.SendsPerMinute) is { } wait)
        {
            return GoogleErrors.RateLimited(http, "User-rate limit exceeded. Retry after the time in Retry-After.", wait);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return GoogleErrors.BadRequest("Invalid JSON payload received.", "parseError");
        }

        var rawText = body?["raw"] is JsonValue rawValue ? rawValue.ToString() : null;
        if (string.IsNullOrEmpty(rawText))
        {
            return GoogleErrors.BadRequest("'raw' RFC822 payload message string or uploading message via /upload/* URL required", "invalidArgument");
        }

        if (!TryDecodeBase64Url(rawText, out var bytes))
        {
            return GoogleErrors.BadRequest("Invalid value at 'message.raw' (TYPE_BYTES), Base64 decoding failed.");
        }

        if (bytes.Length > settings.MaxRawBytes)
        {
            return GoogleErrors.Error(413, "FAILED_PRECONDITION", "failedPrecondition", "Request payload size exceeds the limit.");
        }

        var raw = Encoding.UTF8.GetString(bytes);
        ParsedMessage parsed;
        try
        {
            parsed = MimeParser.Parse(raw);
        }
        catch (MimeFormatException ex)
        {
            return GoogleErrors.BadRequest("Invalid RFC 822 message: " + ex.Message);
        }

        var to = parsed.Header("To") ?? string.Empty;
        var cc = parsed.Header("Cc") ?? string.Empty;
        var bcc = parsed.Header("Bcc") ?? string.Empty;
        foreach (var (name, value) in new[] { ("To", to), ("Cc", cc), ("Bcc", bcc) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !IsAddressList(value))
            {
                return GoogleErrors.BadRequest($"Invalid {name} header");
            }
        }

        if (string.IsNullOrWhiteSpace(to) && string.IsNullOrWhiteSpace(cc) && string.IsNullOrWhiteSpace(bcc))
        {
            return GoogleErrors.BadRequest("Recipient address required");
        }

        var headers = parsed.Headers.ToList();
        var from = parsed.Header("From");
        if (from is null || !from.Contains(GmailSandboxDemo.EmailAddress, StringComparison.OrdinalIgnoreCase))
        {
            headers.RemoveAll(h => h.Name.Equals("From", StringComparison.OrdinalIgnoreCase));
            from = GmailSandboxDemo.EmailAddress;
            headers.Insert(0, new MimeHeader("From", from));
        }

        var messageId = parsed.Header("Message-ID");
        if (string.IsNullOrWhiteSpace(messageId))
        {
            messageId = $"<{Guid.NewGuid():N}@mail.gmail.com>";
            headers.Add(new MimeHeader("Message-ID", messageId));
        }

        var references = $"{parsed.Header("In-Reply-To")} {parsed.Header("References")}"
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var sent = await mailbox.AddSentAsync(
            new GmailMessage
            {
                Id = string.Empty,
                ThreadId = string.Empty,
                MessageIdHeader = messageId.Trim(),
                From = from,
                To = to,
                Cc = cc,
                Bcc = bcc,
                Subject = parsed.Header("Subject") ?? string.Empty,
                TextBody = parsed.TextBody,
                HtmlBody = parsed.HtmlBody,
                HeadersJson = JsonSerializer.Serialize(headers.Select(h => new { name = h.Name, value = h.Value })),
                Raw = raw,
                Labels = "SENT",
            },
            body?["threadId"]?.ToString(),
            references,
            cancellationToken);
        return TypedResults.Json(new { id = sent.Id, threadId = sent.ThreadId, labelIds = sent.LabelIds });
    }

    /// <summary>Gmail takes URL-safe base64 with or without padding (and tolerates the standard alphabet).</summary>
    private static bool TryDecodeBase64Url(string value, out byte[] bytes)
    {
        var normal = value.Trim().Replace('-', '+').Replace('_', '/');
        normal = normal.PadRight(normal.Length + ((4 - (normal.Length % 4)) % 4), '=');
        try
        {
            bytes = Convert.FromBase64String(normal);
            return true;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }

    private static bool IsAddressList(string value)
    {
        try
        {
            return new MailAddressCollection { value }.Count > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
