using FlowStudio.Core.Auditing;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace FlowStudio.Web.Account;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var account = endpoints.MapGroup("/account").WithTags("Account");
        // Binding a form field makes the endpoint validate the antiforgery token.
        account.MapPost("/logout", LogoutAsync)
            .WithName("Logout")
            .WithSummary("Signs the current person out and returns to the sign-in page.")
            .RequireAuthorization(Policies.View);
        return endpoints;
    }

    public static async Task<RedirectHttpResult> LogoutAsync(
        HttpContext context,
        [FromForm] string? returnUrl,
        SignInManager<ApplicationUser> signInManager,
        AuditLog audit)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = CurrentActor.FromHttpContext(context);
        await signInManager.SignOutAsync();
        await audit.RecordAsync(actor, new AuditRecord(AuditActions.SignedOut, $"{actor.Name} signed out", "User", actor.Id));
        return TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl)
            ? "/account/login"
            : $"/account/login?returnUrl={Uri.EscapeDataString(LocalRedirect.Sanitize(returnUrl))}");
    }
}
