namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>Shopify: <c>X-Shopify-Hmac-Sha256</c> is base64 HMAC-SHA256 of the raw body with the app's client secret; no timestamp.</summary>
public static class ShopifySignature
{
    public const string Header = "X-Shopify-Hmac-Sha256";

    public static SignatureCheck Verify(string? header, ReadOnlySpan<byte> body, IReadOnlyList<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        if (string.IsNullOrWhiteSpace(header))
        {
            return SignatureCheck.Failed($"No {Header} header.");
        }

        if (Signatures.FromBase64(header) is not { } given)
        {
            return SignatureCheck.Failed($"{Header} is not base64.");
        }

        if (secrets.Count == 0)
        {
            return SignatureCheck.Failed("No signing secret is stored for this hook.");
        }

        foreach (var secret in secrets)
        {
            if (Signatures.Same(Signatures.Hmac("sha256", secret, body), given))
            {
                return SignatureCheck.Passed;
            }
        }

        return SignatureCheck.Failed($"{Header} does not match the signing secret.");
    }
}
