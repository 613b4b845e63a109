namespace FlowStudio.Sandbox.ZohoBooks.Faults;

/// <summary>Holds the current fault settings (a singleton) and decides, per request, which fault to inject.</summary>
public sealed class ZohoFaultInjector
{
    private readonly Lock gate = new();
    private ZohoFaultSettings settings = new();

    public ZohoFaultSettings Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public void Set(ZohoFaultSettings value)
    {
        lock (gate)
        {
            settings = value;
        }
    }

    public ZohoFaultKind Next()
    {
        lock (gate)
        {
            if (settings.HangNextRequests > 0)
            {
                settings = settings with { HangNextRequests = settings.HangNextRequests - 1 };
                return ZohoFaultKind.Hang;
            }

            if (settings.FailNextRequests > 0)
            {
                settings = settings with { FailNextRequests = settings.FailNextRequests - 1 };
                return ZohoFaultKind.ServerError;
            }

            if (settings.ThrottleNextRequests > 0)
            {
                settings = settings with { ThrottleNextRequests = settings.ThrottleNextRequests - 1 };
                return ZohoFaultKind.Throttle;
            }

            // Probabilistic faults are chaos, not fixtures: tests use the "next N" counters for determinism.
#pragma warning disable CA5394
            if (settings.ErrorProbability > 0 && Random.Shared.NextDouble() < settings.ErrorProbability)
            {
                return ZohoFaultKind.ServerError;
            }

            return settings.ThrottleProbability > 0 && Random.Shared.NextDouble() < settings.ThrottleProbability
                ? ZohoFaultKind.Throttle
                : ZohoFaultKind.None;
#pragma warning restore CA5394
        }
    }
}
