namespace FlowStudio.Sandbox.Slack.Api;

public enum SlackFault
{
    None,
    Throttle,
    ServerError,
}

/// <summary>Holds the fault settings and hands out the next fault, counting down.</summary>
public sealed class SlackFaultInjector
{
    private readonly Lock gate = new();
    private SlackFaultSettings settings = new();

    public SlackFaultSettings Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public void Set(SlackFaultSettings value)
    {
        lock (gate)
        {
            settings = value;
        }
    }

    public SlackFault Next()
    {
        lock (gate)
        {
            if (settings.ThrottleNextRequests > 0)
            {
                settings = settings with { ThrottleNextRequests = settings.ThrottleNextRequests - 1 };
                return SlackFault.Throttle;
            }

            if (settings.FailNextRequests > 0)
            {
                settings = settings with { FailNextRequests = settings.FailNextRequests - 1 };
                return SlackFault.ServerError;
            }

            return SlackFault.None;
        }
    }
}
