using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Google;

/// <summary>Counts down the injected faults of one Google sandbox (each sandbox registers its own subclass).</summary>
public abstract class GoogleFaultInjector
{
    private readonly Lock gate = new();
    private GoogleFaultSettings settings = new();

    public GoogleFaultSettings Settings
    {
        get
        {
            lock (gate)
            {
                return settings;
            }
        }
    }

    public void Set(GoogleFaultSettings value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            settings = value;
        }
    }

    /// <summary>The error to answer instead of handling this call, or null.</summary>
    public IResult? Next(HttpContext http)
    {
        lock (gate)
        {
            if (settings.ThrottleNextRequests > 0)
            {
                settings = settings with { ThrottleNextRequests = settings.ThrottleNextRequests - 1 };
                return GoogleErrors.RateLimited(http, "Quota exceeded for quota metric 'Requests' (injected by the sandbox).", settings.RetryAfterSeconds);
            }

            if (settings.FailNextRequests > 0)
            {
                settings = settings with { FailNextRequests = settings.FailNextRequests - 1 };
                return GoogleErrors.Unavailable();
            }

            return null;
        }
    }
}
