using FlowStudio.Infrastructure.Connections;
using FlowStudio.Infrastructure.Tests.Triggers.Support;
using Microsoft.AspNetCore.DataProtection;

namespace FlowStudio.Infrastructure.Tests.Connections;

/// <summary>The OAuth state of "Sign in with Zoho": only intact, unexpired and for the user who started it.</summary>
public sealed class ZohoConsentStateTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider keys = new();

    private ZohoConsentStateProtector Protector => new(keys, clock);

    [Fact]
    public void Check_IntactStateOfTheSameUser_GivesThePendingId()
    {
        var state = Protector.Protect("zc_1", "user-1");

        Protector.Check(state, "user-1").ShouldBe(ZohoConsentStateCheck.Valid("zc_1"));
        state.ShouldNotContain("zc_1");
        state.ShouldNotContain("user-1");
    }

    [Fact]
    public void Check_Tampered_IsInvalid()
    {
        var state = Protector.Protect("zc_1", "user-1");
        var tampered = state[..^2] + (state[^2] == 'A' ? 'B' : 'A') + state[^1];

        Protector.Check(tampered, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Invalid);
        Protector.Check("", "user-1").Status.ShouldBe(ZohoConsentStateStatus.Invalid);
        Protector.Check(null, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Invalid);
    }

    [Fact]
    public void Check_FromAnotherKeyRingOrPurpose_IsInvalid()
    {
        var foreign = new ZohoConsentStateProtector(new EphemeralDataProtectionProvider(), clock).Protect("zc_1", "user-1");
        var otherPurpose = keys.CreateProtector(ConnectionSecretProtector.Purpose).Protect("{\"PendingId\":\"zc_1\",\"UserId\":\"user-1\",\"ExpiresAt\":\"2030-01-01T00:00:00Z\"}");

        Protector.Check(foreign, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Invalid);
        Protector.Check(otherPurpose, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Invalid);
    }

    [Fact]
    public void Check_AfterItsLifetime_IsExpired()
    {
        var state = Protector.Protect("zc_1", "user-1");
        clock.Advance(ZohoConsentStateProtector.Lifetime - TimeSpan.FromSeconds(1));
        Protector.Check(state, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Valid);

        clock.Advance(TimeSpan.FromSeconds(1));

        Protector.Check(state, "user-1").Status.ShouldBe(ZohoConsentStateStatus.Expired);
    }

    [Fact]
    public void Check_ByAnotherUser_IsRefused()
    {
        var state = Protector.Protect("zc_1", "user-1");

        Protector.Check(state, "user-2").Status.ShouldBe(ZohoConsentStateStatus.OtherUser);
        Protector.Check(state, null).Status.ShouldBe(ZohoConsentStateStatus.OtherUser);
    }

    [Fact]
    public void PendingConsents_AreOnlyFoundByTheirUserAndExpire()
    {
        var pending = new ZohoPendingConsents(clock);
        var consent = pending.Add("user-1", "eu", "1000.CLIENT", "client-secret-value", new Uri("https://flowstudio.test/"));

        pending.Find(consent.Id, "user-2").ShouldBeNull();
        pending.Find(consent.Id, "user-1").ShouldBe(consent);
        consent.RedirectUri.ShouldBe(new Uri("https://flowstudio.test/connections/zoho/callback"));
        consent.ToString().ShouldNotContain("client-secret-value");
        clock.Advance(ZohoPendingConsents.Lifetime);
        pending.Find(consent.Id, "user-1").ShouldBeNull();
    }
}
