using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Zoho's per-organisation limit per clock minute (100 by default).</summary>
public sealed class ZohoRateLimiter(IOptions<ZohoSandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Minute, int Count)> windows = new(StringComparer.Ordinal);

    public bool TryAcquire(string organizationId)
    {
        var settings = options.Value;
        if (!settings.RateLimitEnabled)
        {
            return true;
        }

        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        lock (gate)
        {
            var window = windows.TryGetValue(organizationId, out var current) && current.Minute == minute ? current : (Minute: minute, Count: 0);
            if (window.Count >= settings.RateLimitPerMinute)
            {
                return false;
            }

            windows[organizationId] = (minute, window.Count + 1);
            return true;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            windows.Clear();
        }
    }
}
