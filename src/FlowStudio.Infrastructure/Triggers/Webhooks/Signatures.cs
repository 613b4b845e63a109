using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>HMAC and constant-time comparison shared by the verifiers.</summary>
internal static class Signatures
{
    public static byte[] Hmac(string algorithm, string secret, ReadOnlySpan<byte> data)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        return algorithm switch
        {
#pragma warning disable CA5350 // Some senders still sign with HMAC-SHA1; a person chooses it per hook, SHA-256 is the default.
            "sha1" => HMACSHA1.HashData(key, data),
#pragma warning restore CA5350
            "sha512" => HMACSHA512.HashData(key, data),
            _ => HMACSHA256.HashData(key, data),
        };
    }

    /// <summary>Compares in constant time for equal lengths; a length mismatch is no secret (the hash length is public).</summary>
    public static bool Same(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> given) =>
        CryptographicOperations.FixedTimeEquals(expected, given);

    public static byte[]? FromHex(string text)
    {
        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static byte[]? FromBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text.Trim(), buffer, out var written) ? buffer[..written] : null;
    }

    public static byte[] Concat(params ReadOnlySpan<byte[]> parts)
    {
        var result = new byte[parts.ToArray().Sum(p => p.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }
}
