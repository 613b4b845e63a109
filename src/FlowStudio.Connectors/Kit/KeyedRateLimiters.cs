using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace FlowStudio.Connectors.Kit;

/// <summary>
/// One token bucket per account (API key fingerprint, shop, portal), shared by every client of that account
/// in this process, so flows running side by side stay under the provider's limit instead of meeting 429s.
/// </summary>
public sealed class KeyedRateLimiters : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> limiters = new(StringComparer.Ordinal);

    /// <summary>Waits for a permit; null when the queue overflowed (the caller fails fast with its own error).</summary>
    public async ValueTask<RateLimitLease?> AcquireAsync(string key, int permitsPerSecond, int burst, int queueLimit, CancellationToken cancellationToken)
    {
        var limiter = limiters.GetOrAdd(key, _ => new Lazy<RateLimiter>(() => new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(burst, 1),
            TokensPerPeriod = Math.Max(permitsPerSecond, 1),
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = queueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }))).Value;
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    /// <summary>Identifies an account by a secret without keeping the secret as a dictionary key.</summary>
    public static string Fingerprint(string secret) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret ?? string.Empty)))[..16];

    public static string Mask(string? value) => string.IsNullOrEmpty(value) ? "(none)" : value.Length <= 12 ? "***" : value[..7] + "…" + value[^4..];
}
