using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using FlowStudio.Connectors.ZohoBooks.Errors;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.ZohoBooks.Http;

/// <summary>
/// One sliding-window limiter per organisation and configured rate, shared by every client of that organisation
/// in this process, so flows running side by side stay under Zoho's per-minute limit instead of discovering it
/// through 429s. The rate is part of the key so that a connection's edited "requests per minute" takes effect
/// at once rather than at the next restart; connections of one organisation with the same setting share a budget.
/// </summary>
public sealed class ZohoRateLimiters(IOptions<ZohoBooksOptions> options) : IDisposable
{
    /// <summary>The window moves on in steps of this length, so a permit may free up after one step.</summary>
    private static readonly TimeSpan SegmentLength = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> limiters = new(StringComparer.Ordinal);

    /// <exception cref="ZohoBooksRateLimitException">No permit before the queue overflowed.</exception>
    public async ValueTask<RateLimitLease> AcquireAsync(string organizationId, int requestsPerMinute, CancellationToken cancellationToken)
    {
        var limiter = limiters.GetOrAdd($"{organizationId}/{requestsPerMinute}", _ => new Lazy<RateLimiter>(() => Create(requestsPerMinute))).Value;
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new ZohoBooksRateLimitException(
            ZohoErrorCodes.RateLimitPerMinute,
            httpStatus: null,
            $"The client-side limit of {requestsPerMinute} requests per minute for organization {organizationId} is exhausted.")
        {
            RetryAfter = SegmentLength,
        };
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private SlidingWindowRateLimiter Create(int requestsPerMinute) => new(new SlidingWindowRateLimiterOptions
    {
        PermitLimit = requestsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        SegmentsPerWindow = (int)(TimeSpan.FromMinutes(1) / SegmentLength),
        QueueLimit = options.Value.RateLimitQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
