using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Security;

namespace FlowStudio.Web.Api;

/// <summary>
/// Where Zoho sends the browser back after consent (<c>/connections/zoho/callback</c>, the redirect URI people
/// register in the Zoho API console). It hands the query to <see cref="ZohoConsentService"/> and returns to the
/// Connections page, which shows the organisations or why signing in failed. Only designers and admins may land here.
/// </summary>
public static class ZohoConsentEndpoints
{
    public const string CallbackPath = "/" + ZohoPendingConsent.CallbackPath;

    public static IEndpointRouteBuilder MapZohoConsentCallback(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(CallbackPath, CallbackAsync).RequireAuthorization(Policies.Design).ExcludeFromDescription();
        return endpoints;
    }

    public static async Task<IResult> CallbackAsync(HttpContext context, ZohoConsentService consent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(consent);
        var query = context.Request.Query;
        var callback = new ZohoCallback(query["state"], query["code"], query["error"], query["accounts-server"]);
        var completion = await consent.CompleteAsync(CurrentActor.FromHttpContext(context), callback, context.RequestAborted);
        return completion.PendingId is { } id
            ? Results.LocalRedirect($"/connections?zohoConsent={Uri.EscapeDataString(id)}")
            : Results.LocalRedirect($"/connections?zohoConsentProblem={completion.Problem}");
    }
}
