using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>Issued access tokens and their scopes (in memory: a restart or reset makes clients fetch new ones).</summary>
public sealed class RampTokens(IOptions<RampSandboxOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, string[] Scopes)> tokens = new(StringComparer.Ordinal);

    public (string Token, int ExpiresIn) Issue(string[] scopes)
    {
        var token = "ramp_tok_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        tokens[token] = (time.GetUtcNow() + options.Value.AccessTokenLifetime, scopes);
        return (token, (int)options.Value.AccessTokenLifetime.TotalSeconds);
    }

    /// <summary>Null when the token is unknown or expired; otherwise its scopes.</summary>
    public string[]? Scopes(string token) =>
        tokens.TryGetValue(token, out var entry) && entry.Expires > time.GetUtcNow() ? entry.Scopes : null;

    public void Clear() => tokens.Clear();
}
