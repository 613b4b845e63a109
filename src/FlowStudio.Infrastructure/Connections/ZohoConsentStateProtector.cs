using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// The OAuth <c>state</c> of a Zoho consent round trip: a pending-consent id, the user who started it and when it
/// expires, encrypted and signed with Data Protection. It carries no secret; the client secret stays server-side
/// in <see cref="ZohoPendingConsents"/>.
/// </summary>
public sealed class ZohoConsentStateProtector(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string Purpose = "FlowStudio.Connections.ZohoConsentState.v1";

    /// <summary>How long a person has to finish consenting at Zoho.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(string pendingId, string userId) =>
        protector.Protect(JsonSerializer.Serialize(new Payload(pendingId, userId, clock.GetUtcNow() + Lifetime)));

    /// <summary>The pending-consent id when <paramref name="state"/> is intact, unexpired and was issued to <paramref name="userId"/>.</summary>
    public ZohoConsentStateCheck Check(string? state, string? userId)
    {
        if (string.IsNullOrEmpty(state))
        {
            return ZohoConsentStateCheck.Invalid;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(protector.Unprotect(state));
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException)
        {
            return ZohoConsentStateCheck.Invalid;
        }

        return payload is null || string.IsNullOrEmpty(payload.PendingId) ? ZohoConsentStateCheck.Invalid
            : !string.Equals(payload.UserId, userId, StringComparison.Ordinal) ? ZohoConsentStateCheck.OtherUser
            : payload.ExpiresAt <= clock.GetUtcNow() ? ZohoConsentStateCheck.Expired
            : ZohoConsentStateCheck.Valid(payload.PendingId);
    }

    private sealed record Payload(string PendingId, string UserId, DateTimeOffset ExpiresAt);
}

/// <summary>What a returned <c>state</c> turned out to be.</summary>
public sealed record ZohoConsentStateCheck(ZohoConsentStateStatus Status, string? PendingId)
{
    public static ZohoConsentStateCheck Invalid { get; } = new(ZohoConsentStateStatus.Invalid, null);

    public static ZohoConsentStateCheck Expired { get; } = new(ZohoConsentStateStatus.Expired, null);

    public static ZohoConsentStateCheck OtherUser { get; } = new(ZohoConsentStateStatus.OtherUser, null);

    public static ZohoConsentStateCheck Valid(string pendingId) => new(ZohoConsentStateStatus.Valid, pendingId);
}

public enum ZohoConsentStateStatus
{
    Valid,
    Invalid,
    Expired,
    OtherUser,
}
