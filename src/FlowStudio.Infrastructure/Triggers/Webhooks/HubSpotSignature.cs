using System.Globalization;
using System.Text;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// HubSpot v3: <c>X-HubSpot-Signature-v3</c> is base64 HMAC-SHA256, with the app's client secret, of
/// method + URI + raw body + <c>X-HubSpot-Request-Timestamp</c> (epoch milliseconds); a timestamp older
/// than five minutes is refused. The URI is the full URL the request was sent to, with the characters
/// HubSpot lists (<c>%3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B</c>) decoded.
/// </summary>
public static class HubSpotSignature
{
    public const string Header = "X-HubSpot-Signature-v3";
    public const string TimestampHeader = "X-HubSpot-Request-Timestamp";

    private static readonly (string Encoded, string Decoded)[] DecodedInUri =
    [
        ("%3A", ":"), ("%2F", "/"), ("%3F", "?"), ("%40", "@"), ("%21", "!"), ("%24", "$"),
        ("%27", "'"), ("%28", "("), ("%29", ")"), ("%2A", "*"), ("%2C", ","), ("%3B", ";"),
    ];

    public static SignatureCheck Verify(
        string? header, string? timestampHeader, string method, string uri, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Failed($"No {Header} header.");
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return SignatureCheck.Failed($"No valid {TimestampHeader} header (epoch milliseconds).");
        }

        var age = now - DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        if (age > tolerance)
        {
            return SignatureCheck.Failed($"Timestamp is {(long)age.TotalSeconds} s old; more than the {(long)tolerance.TotalSeconds} s tolerance.");
        }

        if (Signatures.FromBase64(header) is not { } given)
        {
            return SignatureCheck.Failed($"{Header} is not base64.");
        }

        if (secrets.Count == 0)
        {
            return SignatureCheck.Failed("No signing secret is stored for this hook.");
        }

        var source = Source(method, uri, body, timestampHeader!);
        foreach (var secret in secrets)
        {
            if (Signatures.Same(Signatures.Hmac("sha256", secret, source), given))
            {
                return SignatureCheck.Passed;
            }
        }

        return SignatureCheck.Failed($"{Header} does not match the signing secret.");
    }

    /// <summary>The header HubSpot would send (for tests and sandboxes).</summary>
    public static string Sign(string method, string uri, ReadOnlySpan<byte> body, string timestamp, string secret) =>
        Convert.ToBase64String(Signatures.Hmac("sha256", secret, Source(method, uri, body, timestamp)));

    public static string NormalizeUri(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        foreach (var (encoded, decoded) in DecodedInUri)
        {
            uri = uri.Replace(encoded, decoded, StringComparison.OrdinalIgnoreCase);
        }

        return uri;
    }

    private static byte[] Source(string method, string uri, ReadOnlySpan<byte> body, string timestamp) => Signatures.Concat(
        Encoding.UTF8.GetBytes(method.ToUpperInvariant() + NormalizeUri(uri)), body.ToArray(), Encoding.UTF8.GetBytes(timestamp));
}
