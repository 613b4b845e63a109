using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>Stripe's per-second request limit (test mode ~25/s), per clock second, when enabled.</summary>
public sealed class StripeRateLimiter(IOptions<StripeSandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private long second;
    private int count;

    public bool TryAcquire()
    {
        var settings = options.Value;
        if (!settings.RateLimitEnabled)
        {
            return true;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        lock (gate)
        {
            if (now != second)
            {
                second = now;
                count = 0;
            }

            if (count >= settings.RequestsPerSecond)
            {
                return false;
            }

            count++;
            return true;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            count = 0;
        }
    }
}
