using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>Ramp's webhook signature as documented in APIS.md: lowercase hex HMAC-SHA256 of the raw body with the signing secret.</summary>
public static class RampSignature
{
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
