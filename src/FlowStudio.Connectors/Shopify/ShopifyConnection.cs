using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Shopify;

/// <summary>One shop reached with an Admin API access token. <see cref="ToString"/> masks the token.</summary>
public sealed class ShopifyConnection
{
    /// <summary>e.g. <c>acme.myshopify.com</c>.</summary>
    public string ShopDomain { get; set; } = string.Empty;

    public string AccessToken { get; set; } = string.Empty;

    public string ApiVersion { get; set; } = "2024-07";

    /// <summary>Overrides <c>https://{ShopDomain}/</c> (the sandbox).</summary>
    public Uri? BaseUrl { get; set; }

    public Uri ResolveBaseUrl() => BaseUrl ?? new Uri($"https://{ShopDomain}/");

    /// <summary>Identifies the shop's leaky bucket.</summary>
    internal string BucketKey => "shopify:" + ShopDomain.ToLowerInvariant();

    /// <exception cref="ConnectorConnectionException">A setting is missing or malformed.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ShopDomain) || ShopDomain.Contains('/', StringComparison.Ordinal) || !ShopDomain.Contains('.', StringComparison.Ordinal))
        {
            throw new ConnectorConnectionException("The Shopify connection needs the shop domain, e.g. acme.myshopify.com (no https://, no path).");
        }

        if (string.IsNullOrWhiteSpace(AccessToken))
        {
            throw new ConnectorConnectionException("The Shopify connection has no Admin API access token.");
        }

        if (ApiVersion.Length != 7 || ApiVersion[4] != '-')
        {
            throw new ConnectorConnectionException($"The Shopify API version must look like 2024-07; it is '{ApiVersion}'.");
        }
    }

    public override string ToString() => $"Shopify ({ShopDomain}, token {KeyedRateLimiters.Mask(AccessToken)}, version {ApiVersion})";
}
