using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>Issued access tokens and their scopes (in memory: a restart or reset makes clients fetch new ones).</summary>
public sealed class CoupaTokens(IOptions<CoupaSandboxOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, string[] Scopes)> tokens = new(StringComparer.Ordinal);

    public (string Token, int ExpiresIn) Issue(string[] scopes)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        tokens[token] = (time.GetUtcNow() + options.Value.AccessTokenLifetime, scopes);
        return (token, (int)options.Value.AccessTokenLifetime.TotalSeconds - 1);
    }

    /// <summary>Null when the token is unknown or expired; otherwise its scopes.</summary>
    public string[]? Scopes(string token) =>
        tokens.TryGetValue(token, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Scopes : null;

    /// <summary>Every issued token stops working (clients meet 401 and fetch a new one).</summary>
    public void Clear() => tokens.Clear();
}
