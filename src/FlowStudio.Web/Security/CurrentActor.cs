using System.Security.Claims;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowStudio.Web.Security;

/// <summary>The signed-in person of the current circuit, as an audit actor.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication, CircuitClient client)
{
    public async Task<AuditActor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return FromPrincipal(user, client.IpAddress);
    }

    public static AuditActor FromPrincipal(ClaimsPrincipal user, string? ipAddress)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new AuditActor(id, user.Identity?.Name ?? "anonymous", ipAddress);
    }
}
