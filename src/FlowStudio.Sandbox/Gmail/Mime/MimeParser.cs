using System.Text;
using System.Text.RegularExpressions;

namespace FlowStudio.Sandbox.Gmail.Mime;

/// <summary>
/// Reads what a mail client sends (RFC 5322 headers, RFC 2045–2047 MIME): unfolds headers, decodes encoded words,
/// walks multipart bodies and undoes base64 and quoted-printable. Enough for the mailbox view, not a full MIME stack.
/// </summary>
public static partial class MimeParser
{
    private const int MaxDepth = 5;

    /// <exception cref="MimeFormatException">No header block, or a multipart body without its boundary.</exception>
    public static ParsedMessage Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var (headers, body) = SplitEntity(raw.ReplaceLineEndings("\r\n"));
        if (headers.Count == 0)
        {
            throw new MimeFormatException("The message has no headers.");
        }

        string? text = null;
        string? html = null;
        ReadBody(headers, body, ref text, ref html, 0);
        return new ParsedMessage(headers, text, html);
    }

    /// <summary>Decodes RFC 2047 encoded words (<c>=?UTF-8?B?…?=</c>, <c>=?UTF-8?Q?…?=</c>) in a header value.</summary>
    public static string DecodeWords(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // Whitespace between two adjacent encoded words is not part of the text.
        var joined = BetweenEncodedWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, match =>
        {
            var encoding = EncodingFor(match.Groups["charset"].Value);
            var data = match.Groups["data"].Value;
            try
            {
                return string.Equals(match.Groups["kind"].Value, "B", StringComparison.OrdinalIgnoreCase)
                    ? encoding.GetString(Convert.FromBase64String(data))
                    : encoding.GetString(QuotedPrintable(data.Replace('_', ' '), inHeader: true));
            }
            catch (FormatException)
            {
                return match.Value;
            }
        });
    }

    private static (List<MimeHeader> Headers, string Body) SplitEntity(string entity)
    {
        var end = entity.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerBlock = end < 0 ? entity : entity[..end];
        var body = end < 0 ? string.Empty : entity[(end + 4)..];
        var headers = new List<MimeHeader>();
        foreach (var line in headerBlock.Split("\r\n"))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = last with { Value = last.Value + " " + line.Trim() };
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                if (line.Length > 0 && headers.Count == 0)
                {
                    throw new MimeFormatException($"'{Truncate(line)}' is not a header line (name: value).");
                }

                continue;
            }

            headers.Add(new MimeHeader(line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return ([.. headers.Select(h => h with { Value = DecodeWords(h.Value) })], body);
    }

    private static void ReadBody(List<MimeHeader> headers, string body, ref string? text, ref string? html, int depth)
    {
        var (mediaType, parameters) = ContentType(headers.LastOrDefault(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))?.Value);
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            if (depth >= MaxDepth)
            {
                return;
            }

            if (!parameters.TryGetValue("boundary", out var boundary) || boundary.Length == 0)
            {
                throw new MimeFormatException($"The {mediaType} body has no boundary parameter.");
            }

            foreach (var part in Parts(body, boundary))
            {
                var (partHeaders, partBody) = SplitEntity(part);
                ReadBody(partHeaders, partBody, ref text, ref html, depth + 1);
            }

            return;
        }

        var transfer = headers.LastOrDefault(h => h.Name.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase))?.Value.Trim().ToLowerInvariant();
        var encoding = EncodingFor(parameters.GetValueOrDefault("charset", "utf-8"));
        var decoded = transfer switch
        {
            "base64" => encoding.GetString(Base64(body)),
            "quoted-printable" => encoding.GetString(QuotedPrintable(body, inHeader: false)),
            _ => body,
        };
        if (mediaType == "text/html")
        {
            html ??= decoded;
        }
        else if (mediaType == "text/plain")
        {
            text ??= decoded;
        }
    }

    private static IEnumerable<string> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var sections = ("\r\n" + body).Split("\r\n" + delimiter);
        if (sections.Length < 2)
        {
            throw new MimeFormatException($"The multipart body never uses its boundary '{boundary}'.");
        }

        foreach (var section in sections.Skip(1))
        {
            if (section.StartsWith("--", StringComparison.Ordinal))
            {
                yield break;
            }

            var start = section.IndexOf("\r\n", StringComparison.Ordinal);
            yield return start < 0 ? string.Empty : section[(start + 2)..];
        }
    }

    private static (string MediaType, Dictionary<string, string> Parameters) ContentType(string? value)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(value))
        {
            return ("text/plain", parameters);
        }

        var pieces = value.Split(';');
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim().Trim('"');
            }
        }

        return (pieces[0].Trim().ToLowerInvariant(), parameters);
    }

    private static byte[] Base64(string body)
    {
        try
        {
            return Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException ex)
        {
            throw new MimeFormatException("A base64 body part is not valid base64.", ex);
        }
    }

    private static byte[] QuotedPrintable(string value, bool inHeader)
    {
        var source = inHeader ? value : value.Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '=' && i + 2 < source.Length && Uri.IsHexDigit(source[i + 1]) && Uri.IsHexDigit(source[i + 2]))
            {
                bytes.Add(Convert.ToByte(source.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(source[i].ToString()));
            }
        }

        return [.. bytes];
    }

    private static Encoding EncodingFor(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    private static string Truncate(string value) => value.Length > 40 ? value[..40] + "…" : value;

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[bBqQ])\?(?<data>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex BetweenEncodedWords();
}
