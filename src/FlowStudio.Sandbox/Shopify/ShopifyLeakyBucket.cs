using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>
/// Shopify's REST leaky bucket: each call adds one, the bucket leaks <c>LeakPerSecond</c>; a call that finds
/// it full is refused (429, <c>Retry-After: 2.0</c>). <see cref="Fill"/> feeds <c>X-Shopify-Shop-Api-Call-Limit</c>.
/// </summary>
public sealed class ShopifyLeakyBucket(IOptions<ShopifySandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private double level;
    private DateTimeOffset last = DateTimeOffset.MinValue;

    public int Size => options.Value.BucketSize;

    public int Fill
    {
        get
        {
            lock (gate)
            {
                Leak();
                return (int)Math.Ceiling(level);
            }
        }
    }

    public bool TryAdd()
    {
        lock (gate)
        {
            Leak();
            if (options.Value.RateLimitEnabled && level + 1 > Size)
            {
                return false;
            }

            level = Math.Min(level + 1, Size);
            return true;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            level = 0;
        }
    }

    private void Leak()
    {
        var now = time.GetUtcNow();
        if (last != DateTimeOffset.MinValue)
        {
            level = Math.Max(0, level - ((now - last).TotalSeconds * options.Value.LeakPerSecond));
        }

        last = now;
    }
}
