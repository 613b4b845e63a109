using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Slack.Api;

/// <summary>Slack's posting limit per channel and clock second, when enabled.</summary>
public sealed class SlackRateLimiter(IOptions<SlackSandboxOptions> options, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (long Second, int Count)> windows = new(StringComparer.Ordinal);

    public bool TryAcquire(string channelId)
    {
        var settings = options.Value;
        if (!settings.RateLimitEnabled)
        {
            return true;
        }

        var second = time.GetUtcNow().ToUnixTimeSeconds();
        lock (gate)
        {
            var window = windows.TryGetValue(channelId, out var current) && current.Second == second ? current : (Second: second, Count: 0);
            if (window.Count >= settings.MessagesPerSecondPerChannel)
            {
                return false;
            }

            windows[channelId] = (second, window.Count + 1);
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
