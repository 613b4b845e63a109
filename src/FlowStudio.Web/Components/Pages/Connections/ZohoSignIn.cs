using FlowStudio.Infrastructure.Connections;

namespace FlowStudio.Web.Components.Pages.Connections;

/// <summary>What the new-connection dialog shows of a completed "Sign in with Zoho": never its secrets.</summary>
public sealed record ZohoSignIn(string DataCenter, string ClientId, IReadOnlyList<KeyValuePair<string, string>> Organizations)
{
    public static ZohoSignIn From(ZohoPendingConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new ZohoSignIn(consent.DataCenter, consent.ClientId, consent.Organizations);
    }
}
