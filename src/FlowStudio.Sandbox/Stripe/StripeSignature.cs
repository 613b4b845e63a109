using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// Stripe's webhook signature (docs.stripe.com/webhooks/signatures): <c>Stripe-Signature: t={unix},v1={hex}</c>
/// where v1 is the lowercase hex HMAC-SHA256, keyed with the endpoint secret, of <c>"{t}.{raw body}"</c>.
/// </summary>
public static class StripeSignature
{
    public const string HeaderName = "Stripe-Signature";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var payload = new byte[prefix.Length + body.Length];
        prefix.CopyTo(payload, 0);
        body.CopyTo(payload.AsSpan(prefix.Length));
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), payload);
        return $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(hash)}";
    }
}
