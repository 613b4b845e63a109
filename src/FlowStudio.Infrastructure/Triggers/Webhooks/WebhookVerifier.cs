namespace FlowStudio.Infrastructure.Triggers.Webhooks;

/// <summary>Checks a delivery against its hook's scheme over the exact raw body.</summary>
public static class WebhookVerifier
{
    public static SignatureCheck Verify(
        WebhookSettings settings, WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, TriggersOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var body = request.Body.Span;
        return settings.Scheme switch
        {
            WebhookScheme.Stripe => StripeSignature.Verify(request.Header(StripeSignature.Header), body, secrets, now, options.StripeTolerance),
            WebhookScheme.Shopify => ShopifySignature.Verify(request.Header(ShopifySignature.Header), body, secrets),
            WebhookScheme.HubSpot => HubSpotSignature.Verify(
                request.Header(HubSpotSignature.Header), request.Header(HubSpotSignature.TimestampHeader),
                request.Method, request.Uri.AbsoluteUri, body, secrets, now, options.HubSpotTolerance),
            WebhookScheme.GenericHmac => GenericSignature.VerifyHmac(
                settings.SignatureHeader, request.Header(settings.SignatureHeader), settings.Algorithm, settings.Encoding, body, secrets),
            WebhookScheme.StaticSecret => GenericSignature.VerifyStatic(settings.SecretHeader, request.Header(settings.SecretHeader), secrets),
            _ => SignatureCheck.Passed,
        };
    }
}
