using System.Globalization;
using System.Text;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Stripe: <c>Stripe-Signature: t=…,v1=…[,v1=…]</c>; each v1 is hex HMAC-SHA256 of <c>"{t}.{raw body}"</c> with
/// the endpoint secret. Any v1 may match (Stripe sends one per active secret while rolling); v0 is ignored.
/// A timestamp older than the tolerance is refused (replay protection), as Stripe's libraries do.
/// </summary>
public static class StripeSignature
{
    public const string Header = "Stripe-Signature";

    public static SignatureCheck Verify(string? header, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Failed($"No {Header} header.");
        }

        long? timestamp = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var (name, value) = (part[..equals], part[(equals + 1)..]);
            if (name == "t" && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var t))
            {
                timestamp = t;
            }
            else if (name == "v1" && Signatures.FromHex(value) is { } bytes)
            {
                signatures.Add(bytes);
            }
        }

        if (timestamp is null)
        {
            return SignatureCheck.Failed($"{Header} has no timestamp (t=).");
        }

        if (signatures.Count == 0)
        {
            return SignatureCheck.Failed($"{Header} has no v1 signature.");
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(timestamp.Value);
        if (age > tolerance)
        {
            return SignatureCheck.Failed($"Timestamp is {(long)age.TotalSeconds} s old; more than the {(long)tolerance.TotalSeconds} s tolerance.");
        }

        if (secrets.Count == 0)
        {
            return SignatureCheck.Failed("No signing secret is stored for this hook.");
        }

        var signed = Signatures.Concat(Encoding.ASCII.GetBytes(timestamp.Value.ToString(CultureInfo.InvariantCulture) + "."), body.ToArray());
        foreach (var secret in secrets)
        {
            var expected = Signatures.Hmac("sha256", secret, signed);
            if (signatures.Any(s => Signatures.Same(expected, s)))
            {
                return SignatureCheck.Passed;
            }
        }

        return SignatureCheck.Failed("No v1 signature matches the signing secret.");
    }

    /// <summary>The header Stripe would send for <paramref name="body"/> at <paramref name="timestamp"/> (for tests and the benchmark).</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret, long timestamp)
    {
        var signed = Signatures.Concat(Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "."), body.ToArray());
        return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Signatures.Hmac("sha256", secret, signed))}";
    }
}
