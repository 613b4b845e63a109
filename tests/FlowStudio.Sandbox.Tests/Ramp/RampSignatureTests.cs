using System.Text;
using FlowStudio.Sandbox.Ramp;

namespace FlowStudio.Sandbox.Tests.Ramp;

public sealed class RampSignatureTests
{
    // Computed by hand (Python: hmac.new(b"ramp_test_secret", body, hashlib.sha256).hexdigest()), following
    // APIS.md section 6: hex HMAC-SHA256 of the raw body. Ramp publishes no vector we could find.
    [Fact]
    public void Sign_KnownVector_MatchesTheHandComputedValue() =>
        RampSignature.Sign("ramp_test_secret", Encoding.UTF8.GetBytes("""{"id":"evt_1","type":"transactions.cleared"}"""))
            .ShouldBe("8fc1f4c832db56880df2098d97b9307e675cbfe230f3efebfb500efbbfc2d0b1");
}
