using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>What every REST call passes first: injected faults, the session, the API version, the daily allocation (and <c>Sforce-Limit-Info</c>).</summary>
public static partial class SalesforceGuard
{
    public static IResult? Check(HttpContext http, string version, SalesforceSessions sessions)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(sessions);
        if (sessions.NextFault() is { } fault)
        {
            return SalesforceErrors.Error(fault.Status, fault.Code, fault.Message);
        }

        if (!sessions.IsValid(http.Request.Headers.Authorization.ToString()))
        {
            return SalesforceErrors.InvalidSession();
        }

        if (!VersionPattern().IsMatch(version))
        {
            return SalesforceErrors.NotFound();
        }

        var allowed = sessions.TryCount(out var limitInfo);
        http.Response.Headers["Sforce-Limit-Info"] = limitInfo;
        return allowed ? null : SalesforceErrors.Error(403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    }

    [GeneratedRegex(@"^v(2[0-9]|[3-6][0-9])\.0$")]
    private static partial Regex VersionPattern();
}
