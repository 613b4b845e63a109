using System.Text.Json;
using FlowStudio.Core.Flows;

namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>A webhook trigger node's config, read once when the hook is loaded.</summary>
public sealed record WebhookSettings(
    WebhookScheme Scheme,
    string? ConnectionId,
    IReadOnlySet<string> EventTypes,
    string SignatureHeader,
    string Algorithm,
    string Encoding,
    string SecretHeader,
    string? EventIdPath)
{
    /// <summary>
    /// The header Ramp signs deliveries in, per APIS.md; marked UNVERIFIED there, so a Ramp trigger's
    /// <c>signatureHeader</c> overrides it (and the Ramp sandbox's <c>Sandbox:Ramp:SignatureHeader</c> mirrors it).
    /// </summary>
    public const string RampSignatureHeader = "X-Ramp-Webhook-Signature";

    public bool NeedsSecret => Scheme != WebhookScheme.None;

    public static WebhookSettings From(JsonElement config)
    {
        // "ramp" is generic HMAC-SHA256 (hex of the raw body) with Ramp's header and event id as defaults.
        var ramp = NodeConfig.GetString(config, "provider") == "ramp";
        var types = (NodeConfig.GetString(config, "eventTypes") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        return new WebhookSettings(
            ParseScheme(NodeConfig.GetString(config, "provider")),
            Blank(NodeConfig.GetString(config, "secret")),
            types,
            Blank(NodeConfig.GetString(config, "signatureHeader")) ?? (ramp ? RampSignatureHeader : "X-Signature"),
            NodeConfig.GetString(config, "algorithm") is "sha1" or "sha512" ? NodeConfig.GetString(config, "algorithm")! : "sha256",
            NodeConfig.GetString(config, "encoding") == "base64" ? "base64" : "hex",
            Blank(NodeConfig.GetString(config, "secretHeader")) ?? "X-Webhook-Secret",
            Blank(NodeConfig.GetString(config, "eventIdPath")) ?? (ramp ? "id" : null));
    }

    public static WebhookScheme ParseScheme(string? provider) => provider switch
    {
        "stripe" => WebhookScheme.Stripe,
        "shopify" => WebhookScheme.Shopify,
        "hubspot" => WebhookScheme.HubSpot,
        "generic" or "ramp" => WebhookScheme.GenericHmac,
        "static" => WebhookScheme.StaticSecret,
        "none" => WebhookScheme.None,

        // A missing or unknown provider verifies nothing it cannot check: treat it as the strictest, generic HMAC.
        _ => WebhookScheme.GenericHmac,
    };

    /// <summary>How the scheme reads in the UI.</summary>
    public string SchemeLabel => Scheme switch
    {
        WebhookScheme.Stripe => "Stripe signature",
        WebhookScheme.Shopify => "Shopify HMAC",
        WebhookScheme.HubSpot => "HubSpot v3 signature",
        WebhookScheme.GenericHmac => $"HMAC-{Algorithm.ToUpperInvariant()} ({Encoding}) in {SignatureHeader}",
        WebhookScheme.StaticSecret => $"Static secret in {SecretHeader}",
        _ => "None: anyone with the URL can start runs",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
