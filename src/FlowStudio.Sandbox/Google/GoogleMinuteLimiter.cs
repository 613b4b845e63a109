namespace FlowStudio.Sandbox.Google;

/// <summary>A per-key, per-clock-minute counter for a Google quota, when the sandbox enables it.</summary>
public sealed class GoogleMinuteLimiter(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Minute, int Count)> windows = new(StringComparer.Ordinal);

    /// <summary>Seconds until the next minute when the quota is used up, else null.</summary>
    public int? TryAcquire(string key, int perMinute)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var minute = now / 60;
        lock (gate)
        {
            var window = windows.TryGetValue(key, out var current) && current.Minute == minute ? current : (Minute: minute, Count: 0);
            if (window.Count >= perMinute)
            {
                return (int)(60 - (now % 60));
            }

            windows[key] = (minute, window.Count + 1);
            return null;
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
