using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowStudio.Web.Tests.Support;

/// <summary>A signed-in (or anonymous) person for component tests; the real authorization policies judge them.</summary>
public sealed class FixedAuthenticationStateProvider(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
        Task.FromResult(new AuthenticationState(user));

    public static ClaimsPrincipal Person(string id, string email, string? role) =>
        new(new ClaimsIdentity(
            new[] { new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, email) }
                .Concat(role is null ? [] : [new Claim(ClaimTypes.Role, role)]),
            authenticationType: "Test"));

    public static ClaimsPrincipal AnonymousPerson { get; } = new(new ClaimsIdentity());
}
