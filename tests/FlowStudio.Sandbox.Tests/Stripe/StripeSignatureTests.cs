using System.Text;
using FlowStudio.Sandbox.Stripe;

namespace FlowStudio.Sandbox.Tests.Stripe;

public sealed class StripeSignatureTests
{
    // Computed by hand (Python: hmac.new(b"whsec_test_secret", b"1718000000." + body, hashlib.sha256).hexdigest()),
    // following docs.stripe.com/webhooks/signatures: signed payload "{t}.{raw body}", lowercase hex, scheme v1.
    private const string Body = """{"id":"evt_test_webhook","object":"event"}""";
    private const string Expected = "t=1718000000,v1=ddbdc18481a87dc93e52efeaab98791f66e6874c93c0e93cfdc1721e48c11b75";

    [Fact]
    public void Sign_KnownVector_MatchesTheHandComputedHeader() =>
        StripeSignature.Sign("whsec_test_secret", 1718000000, Encoding.UTF8.GetBytes(Body)).ShouldBe(Expected);

    [Fact]
    public void Sign_OneByteOfBodyChanged_GivesAnotherSignature() =>
        StripeSignature.Sign("whsec_test_secret", 1718000000, Encoding.UTF8.GetBytes(Body.Replace("evt_", "evt-", StringComparison.Ordinal))).ShouldNotBe(Expected);

    [Fact]
    public void Sign_OtherTimestamp_GivesAnotherSignature() =>
        StripeSignature.Sign("whsec_test_secret", 1718000001, Encoding.UTF8.GetBytes(Body)).ShouldNotEndWith(Expected[^64..]);
}
