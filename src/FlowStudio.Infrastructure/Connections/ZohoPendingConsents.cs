using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Zoho consent round trips in progress, in memory and per user: the client secret entered before leaving for
/// Zoho, and after the callback the refresh token and the organisations it reaches. Entries vanish after
/// <see cref="Lifetime"/> or once a connection is created from them; a restart forgets them (sign in again).
/// </summary>
public sealed class ZohoPendingConsents(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    private readonly ConcurrentDictionary<string, ZohoPendingConsent> entries = new(StringComparer.Ordinal);

    public ZohoPendingConsent Add(string userId, string dataCenter, string clientId, string clientSecret, Uri appBase, ZohoReconnect? reconnect = null)
    {
        Sweep();
        var consent = new ZohoPendingConsent(
            "zc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), userId, dataCenter, clientId, clientSecret, appBase, clock.GetUtcNow())
        {
            Reconnect = reconnect,
        };
        entries[consent.Id] = consent;
        return consent;
    }

    /// <summary>The entry when it exists, is unexpired and belongs to <paramref name="userId"/>.</summary>
    public ZohoPendingConsent? Find(string? id, string? userId) =>
        id is not null && entries.TryGetValue(id, out var consent) && consent.UserId == userId
        && clock.GetUtcNow() - consent.CreatedAt < Lifetime ? consent : null;

    public void Replace(ZohoPendingConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        entries[consent.Id] = consent;
    }

    public void Remove(string id) => entries.TryRemove(id, out _);

    private void Sweep()
    {
        foreach (var (id, consent) in entries)
        {
            if (clock.GetUtcNow() - consent.CreatedAt >= Lifetime)
            {
                entries.TryRemove(id, out _);
            }
        }
    }
}

/// <summary>
/// One consent round trip. Before the callback only the OAuth client is set; after it either
/// <see cref="RefreshToken"/> and <see cref="Organizations"/> or <see cref="Error"/>. <see cref="ToString"/> hides secrets.
/// </summary>
public sealed record ZohoPendingConsent(
    string Id, string UserId, string DataCenter, string ClientId, string ClientSecret, Uri AppBase, DateTimeOffset CreatedAt)
{
    /// <summary>The path Zoho sends the browser back to; register <c>{app base}/connections/zoho/callback</c> in the API console.</summary>
    public const string CallbackPath = "connections/zoho/callback";

    public Uri RedirectUri => new(AppBase, CallbackPath);

    public string? RefreshToken { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Organizations { get; init; } = [];

    public string? Error { get; init; }

    /// <summary>Set when signing in again for an existing connection, whose secrets the result replaces.</summary>
    public ZohoReconnect? Reconnect { get; init; }

    public bool IsCompleted => RefreshToken is not null && Error is null;

    public override string ToString() => $"Zoho consent {Id} (dc {DataCenter}, {(IsCompleted ? "completed" : Error ?? "waiting")}, secrets ***)";
}

/// <summary>The connection a "Sign in with Zoho again" is for, its revision then, and whether its client secret was re-entered.</summary>
public sealed record ZohoReconnect(string ConnectionId, int Revision, bool ReplacesClientSecret);
