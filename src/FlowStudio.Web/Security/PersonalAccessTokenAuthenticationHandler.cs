using System.Security.Claims;
using System.Text.Encodings.Web;
using FlowStudio.Infrastructure.ApiTokens;
using FlowStudio.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FlowStudio.Web.Security;

/// <summary>
/// Authenticates <c>Authorization: Bearer fsp_...</c> with a personal access token. The principal carries
/// the token owner's current roles, so a token never has more rights than its owner has today.
/// </summary>
internal sealed class PersonalAccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PersonalAccessTokens tokens,
    IUserClaimsPrincipalFactory<ApplicationUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var user = await tokens.ValidateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        // Same claims as a cookie sign-in, but an identity typed by this scheme so callers can tell how someone signed in.
        var cookieIdentity = (await principals.CreateAsync(user)).Identities.First();
        var identity = new ClaimsIdentity(cookieIdentity.Claims, SchemeName, cookieIdentity.NameClaimType, cookieIdentity.RoleClaimType);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"FlowStudio\"";
        return Task.CompletedTask;
    }
}
