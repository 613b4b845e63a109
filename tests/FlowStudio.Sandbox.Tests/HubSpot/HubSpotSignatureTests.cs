using FlowStudio.Sandbox.HubSpot;

namespace FlowStudio.Sandbox.Tests.HubSpot;

public sealed class HubSpotSignatureTests
{
    // Computed by hand (Python: base64.b64encode(hmac.new(b"hubspot-client-secret",
    // b"POST" + b"https://flowstudio.example.com/hooks/hs1" + b'[{"eventId":100}]' + b"1718000000000", hashlib.sha256).digest())),
    // following developers.hubspot.com request validation v3: method + URI + body + timestamp.
    private const string Expected = "g53Zgrh0WKLvE7j4oT2tGIM5j6t93kKI6Dx4PI4AeDk=";

    [Fact]
    public void Sign_KnownVector_MatchesTheHandComputedValue() =>
        HubSpotSignature.Sign("hubspot-client-secret", "POST", "https://flowstudio.example.com/hooks/hs1", """[{"eventId":100}]""", 1718000000000).ShouldBe(Expected);

    [Fact]
    public void Sign_OtherUri_GivesAnotherValue() =>
        HubSpotSignature.Sign("hubspot-client-secret", "POST", "https://flowstudio.example.com/hooks/hs2", """[{"eventId":100}]""", 1718000000000).ShouldNotBe(Expected);
}
