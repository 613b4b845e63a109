using System.Security.Claims;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace FlowStudio.Web.Api;

public static class AccountApi
{
    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/me", GetMeAsync)
            .WithName("GetMe")
            .WithSummary("Who the caller is: the signed-in person or the owner of the API token.")
            .WithTags("Account")
            .RequireAuthorization(Policies.View);
        return api;
    }

    public static async Task<Results<Ok<MeResponse>, UnauthorizedHttpResult>> GetMeAsync(
        ClaimsPrincipal principal, UserManager<ApplicationUser> users)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(users);
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.Email ?? "",
            user.DisplayName,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(),
            principal.Identity?.AuthenticationType ?? "unknown"));
    }
}
