namespace FlowStudio.Sandbox.Kit;

/// <summary>Holds one sandbox's fault settings and decides, per request, which fault to inject ("next N" counters, deterministic).</summary>
public sealed class SandboxFaultInjector
{
    private readonly Lock gate = new();
    private SandboxFaultSettings settings = new();

    public SandboxFaultSettings Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public void Set(SandboxFaultSettings value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            settings = value;
        }
    }

    public SandboxFaultKind Next()
    {
        lock (gate)
        {
            if (settings.FailNextRequests > 0)
            {
                settings = settings with { FailNextRequests = settings.FailNextRequests - 1 };
                return SandboxFaultKind.ServerError;
            }

            if (settings.ThrottleNextRequests > 0)
            {
                settings = settings with { ThrottleNextRequests = settings.ThrottleNextRequests - 1 };
                return SandboxFaultKind.Throttle;
            }

            return SandboxFaultKind.None;
        }
    }
}
