using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Connectors.Gmail;

/// <summary>
/// Writes an RFC 5322 message with MIME (RFC 2045–2047): UTF-8 bodies in base64, non-ASCII headers as encoded words,
/// <c>multipart/alternative</c> when both text and HTML are given, and a <c>Message-ID</c> derived from the step's
/// idempotency key so a repeat can be found by <c>rfc822msgid:</c>.
/// </summary>
public static class GmailMessageBuilder
{
    /// <summary>The Message-ID for an idempotency key: stable across attempts, unguessable from the outside.</summary>
    public static string MessageIdFor(string idempotencyKey, string fromAddress)
    {
        ArgumentException.ThrowIfNullOrEmpty(idempotencyKey);
        ArgumentNullException.ThrowIfNull(fromAddress);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32];
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "flowstudio.local";
        return $"<fs-{hash}@{domain}>";
    }

    /// <exception cref="GmailInputException">No recipient, a malformed address, or a line break in a header.</exception>
    public static string Build(GmailEmail email, string fromAddress, string? fromName, string messageId, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(email);
        var to = Addresses("to", email.To);
        var cc = Addresses("cc", email.Cc);
        var bcc = Addresses("bcc", email.Bcc);
        if (to.Count + cc.Count + bcc.Count == 0)
        {
            throw new GmailInputException("'to' is required: give at least one recipient (to, cc or bcc).");
        }

        if (string.IsNullOrWhiteSpace(email.Text) && string.IsNullOrWhiteSpace(email.Html))
        {
            throw new GmailInputException("Give a body: 'text', 'html' or both.");
        }

        var replyTo = Addresses("reply_to", email.ReplyTo);
        var subject = SingleLine("subject", email.Subject ?? string.Empty);
        var inReplyTo = SingleLine("in_reply_to", email.InReplyTo ?? string.Empty).Trim();
        var builder = new StringBuilder();
        Header(builder, "From", Mailbox(new MailAddress(fromAddress, SingleLine("fromName", fromName ?? string.Empty))));
        Header(builder, "To", to);
        Header(builder, "Cc", cc);
        Header(builder, "Bcc", bcc);
        Header(builder, "Reply-To", replyTo);
        Header(builder, "Subject", EncodeWord(subject));
        Header(builder, "Date", date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal));
        Header(builder, "Message-ID", messageId);
        if (inReplyTo.Length > 0)
        {
            var reference = inReplyTo.StartsWith('<') ? inReplyTo : $"<{inReplyTo}>";
            Header(builder, "In-Reply-To", reference);
            Header(builder, "References", reference);
        }

        Header(builder, "MIME-Version", "1.0");
        if (!string.IsNullOrWhiteSpace(email.Text) && !string.IsNullOrWhiteSpace(email.Html))
        {
            var boundary = "fs-alt-" + messageId.GetHashCode(StringComparison.Ordinal).ToString("x8", CultureInfo.InvariantCulture);
            Header(builder, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
            builder.Append("\r\n");
            Part(builder, boundary, "text/plain", email.Text!);
            Part(builder, boundary, "text/html", email.Html!);
            builder.Append("--").Append(boundary).Append("--\r\n");
        }
        else
        {
            var (type, body) = string.IsNullOrWhiteSpace(email.Html) ? ("text/plain", email.Text!) : ("text/html", email.Html!);
            Header(builder, "Content-Type", type + "; charset=UTF-8");
            Header(builder, "Content-Transfer-Encoding", "base64");
            builder.Append("\r\n").Append(Base64Lines(body));
        }

        return builder.ToString();
    }

    /// <summary>Gmail's <c>raw</c>: URL-safe base64 without padding.</summary>
    public static string ToRaw(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(message)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static void Part(StringBuilder builder, string boundary, string type, string body) =>
        builder.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: ").Append(type).Append("; charset=UTF-8\r\n")
            .Append("Content-Transfer-Encoding: base64\r\n\r\n")
            .Append(Base64Lines(body));

    private static string Base64Lines(string body)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(body));
        var lines = new StringBuilder();
        for (var i = 0; i < encoded.Length; i += 76)
        {
            lines.Append(encoded, i, Math.Min(76, encoded.Length - i)).Append("\r\n");
        }

        return lines.ToString();
    }

    private static void Header(StringBuilder builder, string name, string value)
    {
        if (value.Length > 0)
        {
            builder.Append(name).Append(": ").Append(value).Append("\r\n");
        }
    }

    private static void Header(StringBuilder builder, string name, IReadOnlyCollection<MailAddress> addresses) =>
        Header(builder, name, string.Join(", ", addresses.Select(Mailbox)));

    private static List<MailAddress> Addresses(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        SingleLine(field, value);
        try
        {
            return [.. new MailAddressCollection { value }];
        }
        catch (FormatException)
        {
            throw new GmailInputException($"'{field}' is not a valid address list: '{value}'. Separate addresses with commas.");
        }
    }

    private static string Mailbox(MailAddress address) =>
        string.IsNullOrEmpty(address.DisplayName) ? address.Address : $"{QuoteOrEncode(address.DisplayName)} <{address.Address}>";

    private static string QuoteOrEncode(string name) =>
        name.All(c => c < 128) ? "\"" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"" : EncodeWord(name);

    /// <summary>RFC 2047 B-encoding for non-ASCII text; ASCII passes through.</summary>
    private static string EncodeWord(string text) =>
        text.All(c => c < 128) ? text : $"=?UTF-8?B?{Convert.ToBase64String(Encoding.UTF8.GetBytes(text))}?=";

    private static string SingleLine(string field, string value) =>
        value.Contains('\r', StringComparison.Ordinal) || value.Contains('\n', StringComparison.Ordinal)
            ? throw new GmailInputException($"'{field}' contains a line break, which would let it add mail headers.")
            : value;
}
