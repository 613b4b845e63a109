using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// One token bucket per workspace and channel, shared by every flow in this process, so parallel runs queue for
/// Slack's one-message-per-second-per-channel limit instead of collecting 429s.
/// </summary>
public sealed class SlackRateLimiters(IOptions<SlackOptions> options) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<RateLimiter>> limiters = new(StringComparer.Ordinal);

    /// <exception cref="SlackApiException">The queue for this channel overflowed.</exception>
    public async ValueTask<RateLimitLease?> AcquireAsync(string workspace, string channel, CancellationToken cancellationToken)
    {
        var rate = options.Value.MessagesPerSecondPerChannel;
        if (rate <= 0)
        {
            return null;
        }

        var limiter = limiters.GetOrAdd(workspace + "|" + channel, _ => new Lazy<RateLimiter>(() => Create(rate))).Value;
        var lease = await limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        throw new SlackApiException("ratelimited", null, $"Too many messages are queued for channel {channel}; the client-side limit is {rate}/s.", TimeSpan.FromSeconds(1));
    }

    public void Dispose()
    {
        foreach (var limiter in limiters.Values.Where(l => l.IsValueCreated))
        {
            limiter.Value.Dispose();
        }
    }

    private TokenBucketRateLimiter Create(double perSecond) => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = 1,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1 / perSecond),
        QueueLimit = options.Value.RateLimitQueueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        AutoReplenishment = true,
    });
}
