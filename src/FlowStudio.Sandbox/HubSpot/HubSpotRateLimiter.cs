using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>HubSpot's rolling ten-second window per app, when enabled.</summary>
public sealed class HubSpotRateLimiter(IOptions<HubSpotSandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> calls = new();

    public bool TryAcquire()
    {
        if (!options.Value.RateLimitEnabled)
        {
            return true;
        }

        var now = time.GetUtcNow();
        lock (gate)
        {
            while (calls.Count > 0 && now - calls.Peek() >= TimeSpan.FromSeconds(10))
            {
                calls.Dequeue();
            }

            if (calls.Count >= options.Value.RequestsPerTenSeconds)
            {
                return false;
            }

            calls.Enqueue(now);
            return true;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }
}
