using FlowStudio.Infrastructure.Connections;

namespace FlowStudio.Web.Components.Pages.Connections;

/// <summary>Fixed messages for a Zoho callback that could not be tied to a sign-in (the query names the problem, never the text).</summary>
internal static class ZohoSignInProblem
{
    public static string Describe(string? problem) =>
        Enum.TryParse<ZohoConsentProblem>(problem, out var known) ? known switch
        {
            ZohoConsentProblem.Expired => "The Zoho sign-in took too long or was already used; start 'Sign in with Zoho' again.",
            ZohoConsentProblem.OtherUser => "That Zoho sign-in was started by another FlowStudio user; start your own from New connection.",
            _ => "The answer from Zoho could not be verified (its state was missing or altered); nothing was saved. Start again.",
        }
        : "The Zoho sign-in expired or was already finished; start 'Sign in with Zoho' again.";
}
