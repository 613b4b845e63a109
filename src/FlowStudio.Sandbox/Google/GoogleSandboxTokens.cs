using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FlowStudio.Sandbox.Google;

/// <summary>
/// Access tokens issued by the Google sandboxes' token endpoints, kept in memory: after a restart a client's
/// token is unknown, it gets 401 and refreshes, as with an expired token at Google.
/// </summary>
public sealed class GoogleSandboxTokens(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(3599);

    private readonly ConcurrentDictionary<string, (string ClientId, DateTimeOffset Expires)> tokens = new(StringComparer.Ordinal);

    public string Issue(string clientId)
    {
        var token = "ya29.sandbox-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        tokens[token] = (clientId, time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>Whether <paramref name="authorization"/> is <c>Bearer &lt;a live token of clientId&gt;</c>.</summary>
    public bool IsValid(string authorization, string clientId)
    {
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return tokens.TryGetValue(authorization["Bearer ".Length..].Trim(), out var entry)
            && entry.ClientId == clientId
            && entry.Expires > time.GetUtcNow();
    }

    public void Revoke(string clientId)
    {
        foreach (var (token, entry) in tokens)
        {
            if (entry.ClientId == clientId)
            {
                tokens.TryRemove(token, out _);
            }
        }
    }
}
