using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>
/// Senders without a scheme of their own (Ramp, Zoho, in-house systems): an HMAC of the raw body in a
/// configurable header, algorithm and encoding (an <c>sha256=</c>-style prefix is ignored), or a static
/// shared secret sent in a header.
/// </summary>
public static class GenericSignature
{
    public static SignatureCheck VerifyHmac(
        string header, string? value, string algorithm, string encoding, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(value))
        {
            return SignatureCheck.Failed($"No {header} header.");
        }

        var text = value.Trim();
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && text[..equals].StartsWith("sha", StringComparison.OrdinalIgnoreCase))
        {
            text = text[(equals + 1)..];
        }

        var given = encoding == "base64" ? Signatures.FromBase64(text) : Signatures.FromHex(text);
        if (given is null)
        {
            return SignatureCheck.Failed($"{header} is not {encoding}.");
        }

        if (secrets.Count == 0)
        {
            return SignatureCheck.Failed("No signing secret is stored for this hook.");
        }

        foreach (var secret in secrets)
        {
            if (Signatures.Same(Signatures.Hmac(algorithm, secret, body), given))
            {
                return SignatureCheck.Passed;
            }
        }

        return SignatureCheck.Failed($"{header} does not match the signing secret.");
    }

    public static SignatureCheck VerifyStatic(string header, string? value, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrEmpty(value))
        {
            return SignatureCheck.Failed($"No {header} header.");
        }

        if (secrets.Count == 0)
        {
            return SignatureCheck.Failed("No signing secret is stored for this hook.");
        }

        // Hashing first makes the comparison constant-time whatever the lengths.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return secrets.Any(s => Signatures.Same(SHA256.HashData(Encoding.UTF8.GetBytes(s)), given))
            ? SignatureCheck.Passed
            : SignatureCheck.Failed($"{header} does not match the stored secret.");
    }
}
