using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>
/// Shopify's webhook signature (shopify.dev/docs/apps/build/webhooks): <c>X-Shopify-Hmac-Sha256</c> is the
/// base64 HMAC-SHA256 of the raw body, keyed with the app's client secret; there is no timestamp.
/// </summary>
public static class ShopifySignature
{
    public const string HeaderName = "X-Shopify-Hmac-Sha256";

    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }
}
