using FlowStudio.Sandbox.Gmail.Data;

namespace FlowStudio.Sandbox.Gmail.Api;

/// <summary>
/// The part of Gmail's search syntax (<c>q</c>) the sandbox understands: <c>rfc822msgid:</c>, <c>from:</c>, <c>to:</c>,
/// <c>subject:</c>, <c>in:</c>/<c>label:</c>, and plain words matched against subject and body; terms are ANDed.
/// </summary>
public static class GmailSearch
{
    public static bool Matches(GmailMessage message, string? query)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(query))
        {
            return true;
        }

        foreach (var term in query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = term.IndexOf(':', StringComparison.Ordinal);
            var op = colon > 0 ? term[..colon].ToLowerInvariant() : string.Empty;
            var value = (colon > 0 ? term[(colon + 1)..] : term).Trim('"');
            var matches = op switch
            {
                "rfc822msgid" => string.Equals(message.MessageIdHeader.Trim('<', '>'), value.Trim('<', '>'), StringComparison.Ordinal),
                "from" => Contains(message.From, value),
                "to" => Contains(message.To, value) || Contains(message.Cc, value) || Contains(message.Bcc, value),
                "subject" => Contains(message.Subject, value),
                "in" or "label" => message.LabelIds.Contains(value.ToUpperInvariant()),
                _ => Contains(message.Subject, term) || Contains(message.TextBody ?? string.Empty, term),
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(string haystack, string needle) => haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
