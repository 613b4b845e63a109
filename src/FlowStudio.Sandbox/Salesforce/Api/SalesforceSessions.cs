using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>
/// Sessions (access tokens) issued by the token endpoint, kept in memory; the API-usage counter of the rolling day; and
/// the injected faults. After a restart every session is unknown, as after a session timeout.
/// </summary>
public sealed class SalesforceSessions(IOptions<SalesforceSandboxOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> sessions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private SalesforceFaultSettings faults = new();
    private (DateOnly Day, int Used) usage;

    public SalesforceFaultSettings Faults
    {
        get
        {
            lock (gate)
            {
                return faults;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (gate)
            {
                faults = value;
            }
        }
    }

    public string Issue()
    {
        var token = SalesforceSandboxDemo.OrganizationId + "!" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '.').Replace('/', '_').TrimEnd('=');
        sessions[token] = time.GetUtcNow() + options.Value.SessionTimeout;
        return token;
    }

    public bool IsValid(string authorization) =>
        authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && sessions.TryGetValue(authorization["Bearer ".Length..].Trim(), out var expires)
        && expires > time.GetUtcNow();

    public void ExpireAll() => sessions.Clear();

    /// <summary>The next injected fault to answer with, if any: (status, errorCode, message).</summary>
    public (int Status, string Code, string Message)? NextFault()
    {
        lock (gate)
        {
            if (faults.FailNextRequests > 0)
            {
                faults = faults with { FailNextRequests = faults.FailNextRequests - 1 };
                return (503, "SERVER_UNAVAILABLE", "Server temporarily unavailable (injected by the sandbox).");
            }

            if (faults.LimitExceededNextRequests > 0)
            {
                faults = faults with { LimitExceededNextRequests = faults.LimitExceededNextRequests - 1 };
                return (403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
            }

            return null;
        }
    }

    /// <summary>Counts one call; false when the day's allocation is used up.</summary>
    public bool TryCount(out string limitInfo)
    {
        lock (gate)
        {
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
            usage = usage.Day == today ? usage : (today, 0);
            var allowed = usage.Used < options.Value.DailyApiRequests;
            if (allowed)
            {
                usage = (today, usage.Used + 1);
            }

            limitInfo = $"api-usage={usage.Used}/{options.Value.DailyApiRequests}";
            return allowed;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            faults = new SalesforceFaultSettings();
            usage = default;
        }

        sessions.Clear();
    }
}
