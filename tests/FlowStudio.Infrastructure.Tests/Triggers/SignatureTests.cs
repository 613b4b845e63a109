using System.Text;
using FlowStudio.Infrastructure.Triggers.Webhooks;

namespace FlowStudio.Infrastructure.Tests.Triggers;

/// <summary>
/// Known vectors computed independently with openssl (e.g. <c>printf '%s' "1718000000.$body" | openssl dgst -sha256 -hmac $secret</c>)
/// over the exact bytes below, following each provider's documented scheme (APIS.md sections 2, 3, 5, 6).
/// </summary>
public sealed class SignatureTests
{
    private const string StripeBody = """{"id":"evt_1PQ3aB2eZvKYlo2C","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1","amount":2000}}}""";
    private const string StripeSecret = "whsec_test_5Wq2";
    private const string StripeOldSecret = "whsec_old_9Zk1";
    private const string StripeV1 = "09624b7fffd2a5438cb4220d54a5c131da13fc4a89f68f9c1bd0dc99390c53d1";
    private const string StripeOldV1 = "36097f1a8a12ed08ade62024949e44f48e475106b45babb16f65e4c811ce5cba";
    private const string ShopifyBody = """{"id":450789469,"name":"#1001","total_price":"199.00"}""";
    private const string ShopifyHmac = "4QBTvIyc10QHqs0aKtGqAoyeUP/G5qCR9QD5uwnQ/5M=";
    private const string HubSpotBody = """[{"eventId":100,"subscriptionId":2345,"portalId":62515,"occurredAt":1718000000000,"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":1234,"propertyName":"dealstage","propertyValue":"closedwon"},{"eventId":101,"subscriptionId":2345,"portalId":62515,"occurredAt":1718000000500,"subscriptionType":"deal.propertyChange","attemptNumber":0,"objectId":1235,"propertyName":"dealstage","propertyValue":"closedwon"}]""";
    private const string HubSpotSignatureV3 = "bHEMR36qiKvUZljSQ9M1Eil0LUXSmdG8EprululCA0g=";
    private const string RampBody = """{"id":"evt_ramp_1","type":"transactions.cleared","object":{"id":"txn_1"}}""";
    private const string RampHex = "73627b285bfaf98500baf311fb07cf85983fac377908df2275181de807a30943";

    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeSeconds(1_718_000_000);
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromSeconds(300);

    [Fact]
    public void Stripe_KnownVector_Passes() =>
        StripeSignature.Verify($"t=1718000000,v1={StripeV1}", Bytes(StripeBody), [StripeSecret], At.AddSeconds(30), FiveMinutes).Valid.ShouldBeTrue();

    [Fact]
    public void Stripe_SignMatchesKnownVector() =>
        StripeSignature.Sign(Bytes(StripeBody), StripeSecret, 1_718_000_000).ShouldBe($"t=1718000000,v1={StripeV1}");

    [Fact]
    public void Stripe_RotationWithSeveralV1AndV0_PassesWithEitherSecret()
    {
        var header = $"t=1718000000,v1={StripeOldV1},v1={StripeV1},v0=6ffbb59b2300aae63f272406069a9788598b792a944a07aba816edb039989a39";
        StripeSignature.Verify(header, Bytes(StripeBody), [StripeSecret], At, FiveMinutes).Valid.ShouldBeTrue();
        StripeSignature.Verify(header, Bytes(StripeBody), [StripeOldSecret], At, FiveMinutes).Valid.ShouldBeTrue();
    }

    [Fact]
    public void Stripe_PreviousSecretStillStored_Passes() =>
        StripeSignature.Verify($"t=1718000000,v1={StripeOldV1}", Bytes(StripeBody), [StripeSecret, StripeOldSecret], At, FiveMinutes).Valid.ShouldBeTrue();

    [Fact]
    public void Stripe_TamperedBody_FailsWithReason()
    {
        var check = StripeSignature.Verify($"t=1718000000,v1={StripeV1}", Bytes(StripeBody.Replace("2000", "2001", StringComparison.Ordinal)), [StripeSecret], At, FiveMinutes);
        check.Valid.ShouldBeFalse();
        check.Reason.ShouldBe("No v1 signature matches the signing secret.");
    }

    [Fact]
    public void Stripe_StaleTimestamp_FailsEvenWithRightSignature()
    {
        var check = StripeSignature.Verify($"t=1718000000,v1={StripeV1}", Bytes(StripeBody), [StripeSecret], At.AddSeconds(301), FiveMinutes);
        check.Valid.ShouldBeFalse();
        check.Reason!.ShouldContain("301 s old");
    }

    [Fact]
    public void Stripe_OnlyV0OrNoTimestamp_Fails()
    {
        StripeSignature.Verify($"t=1718000000,v0={StripeV1}", Bytes(StripeBody), [StripeSecret], At, FiveMinutes).Reason.ShouldBe("Stripe-Signature has no v1 signature.");
        StripeSignature.Verify($"v1={StripeV1}", Bytes(StripeBody), [StripeSecret], At, FiveMinutes).Reason.ShouldBe("Stripe-Signature has no timestamp (t=).");
        StripeSignature.Verify(null, Bytes(StripeBody), [StripeSecret], At, FiveMinutes).Reason.ShouldBe("No Stripe-Signature header.");
    }

    [Fact]
    public void Stripe_WrongSecret_Fails() =>
        StripeSignature.Verify($"t=1718000000,v1={StripeV1}", Bytes(StripeBody), ["whsec_other"], At, FiveMinutes).Valid.ShouldBeFalse();

    [Fact]
    public void Shopify_KnownVector_Passes_TamperedFails()
    {
        ShopifySignature.Verify(ShopifyHmac, Bytes(ShopifyBody), ["shpss_app_secret"]).Valid.ShouldBeTrue();
        ShopifySignature.Verify(ShopifyHmac, Bytes(ShopifyBody.Replace("199.00", "1.00", StringComparison.Ordinal)), ["shpss_app_secret"]).Valid.ShouldBeFalse();
        ShopifySignature.Verify(ShopifyHmac, Bytes(ShopifyBody), ["rotated_new_secret", "shpss_app_secret"]).Valid.ShouldBeTrue();
        ShopifySignature.Verify("not base64!", Bytes(ShopifyBody), ["shpss_app_secret"]).Reason.ShouldBe("X-Shopify-Hmac-Sha256 is not base64.");
    }

    [Fact]
    public void HubSpot_KnownVector_Passes()
    {
        var check = HubSpotSignature.Verify(
            HubSpotSignatureV3, "1718000000000", "POST", "https://flows.example.com/hooks/abc123", Bytes(HubSpotBody), ["hubspot-client-secret"], At.AddMinutes(4), FiveMinutes);
        check.Valid.ShouldBeTrue(check.Reason);
    }

    [Fact]
    public void HubSpot_StaleTimestamp_Tampered_OrOtherUri_Fail()
    {
        HubSpotSignature.Verify(HubSpotSignatureV3, "1718000000000", "POST", "https://flows.example.com/hooks/abc123", Bytes(HubSpotBody), ["hubspot-client-secret"], At.AddMinutes(5).AddSeconds(1), FiveMinutes)
            .Reason!.ShouldContain("tolerance");
        HubSpotSignature.Verify(HubSpotSignatureV3, "1718000000000", "POST", "https://flows.example.com/hooks/abc123", Bytes(HubSpotBody.Replace("1235", "9999", StringComparison.Ordinal)), ["hubspot-client-secret"], At, FiveMinutes)
            .Valid.ShouldBeFalse();
        HubSpotSignature.Verify(HubSpotSignatureV3, "1718000000000", "POST", "https://evil.example.com/hooks/abc123", Bytes(HubSpotBody), ["hubspot-client-secret"], At, FiveMinutes)
            .Valid.ShouldBeFalse();

        // A replayed body with a fresh timestamp but the old signature does not verify: the timestamp is signed.
        HubSpotSignature.Verify(HubSpotSignatureV3, "1718000100000", "POST", "https://flows.example.com/hooks/abc123", Bytes(HubSpotBody), ["hubspot-client-secret"], At, FiveMinutes)
            .Valid.ShouldBeFalse();
    }

    [Fact]
    public void HubSpot_DecodesTheListedCharactersInTheUri() =>
        HubSpotSignature.NormalizeUri("https://a.example.com/hooks/k%3Ax?q=%40b%2Cc").ShouldBe("https://a.example.com/hooks/k:x?q=@b,c");

    [Theory]
    [InlineData(RampHex)]
    [InlineData("sha256=" + RampHex)]
    public void GenericHmac_RampStyleHex_Passes(string header) =>
        GenericSignature.VerifyHmac("X-Ramp-Webhook-Signature", header, "sha256", "hex", Bytes(RampBody), ["ramp-secret"]).Valid.ShouldBeTrue();

    [Fact]
    public void GenericHmac_WrongEncodingOrTamperedBody_Fails()
    {
        GenericSignature.VerifyHmac("X-Sig", RampHex, "sha256", "base64", Bytes(RampBody), ["ramp-secret"]).Valid.ShouldBeFalse();
        GenericSignature.VerifyHmac("X-Sig", RampHex, "sha256", "hex", Bytes(RampBody + " "), ["ramp-secret"]).Valid.ShouldBeFalse();
        GenericSignature.VerifyHmac("X-Sig", null, "sha256", "hex", Bytes(RampBody), ["ramp-secret"]).Reason.ShouldBe("No X-Sig header.");
    }

    [Fact]
    public void StaticSecret_MatchesOnlyTheStoredSecret()
    {
        GenericSignature.VerifyStatic("X-Webhook-Secret", "s3cr3t-value", ["s3cr3t-value"]).Valid.ShouldBeTrue();
        GenericSignature.VerifyStatic("X-Webhook-Secret", "s3cr3t-valuE", ["s3cr3t-value"]).Valid.ShouldBeFalse();
        GenericSignature.VerifyStatic("X-Webhook-Secret", "s3cr3t", []).Reason.ShouldBe("No signing secret is stored for this hook.");
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
