using System.Text;
using FlowStudio.Sandbox.Shopify;

namespace FlowStudio.Sandbox.Tests.Shopify;

public sealed class ShopifySignatureTests
{
    // Computed by hand (Python: base64.b64encode(hmac.new(b"shpss_test_secret", body, hashlib.sha256).digest())),
    // following shopify.dev/docs/apps/build/webhooks: base64 HMAC-SHA256 of the raw body with the client secret.
    [Fact]
    public void Sign_KnownVector_MatchesTheHandComputedValue() =>
        ShopifySignature.Sign("shpss_test_secret", Encoding.UTF8.GetBytes("""{"id":450789469,"note":"Synced"}"""))
            .ShouldBe("Fm678qPypkuDT7vLVQV2avB2kjxFj6mYi3ITkSVNExc=");

    [Fact]
    public void Sign_WhitespaceAdded_GivesAnotherValue() =>
        ShopifySignature.Sign("shpss_test_secret", Encoding.UTF8.GetBytes("""{"id":450789469, "note":"Synced"}"""))
            .ShouldNotBe("Fm678qPypkuDT7vLVQV2avB2kjxFj6mYi3ITkSVNExc=");
}
