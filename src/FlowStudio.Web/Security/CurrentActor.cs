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

    /// <summary>The caller of an HTTP endpoint (cookie or API token), with the address the request came from.</summary>
    public static AuditActor FromHttpContext(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return FromPrincipal(context.User, context.Connection.RemoteIpAddress?.ToString());
    }

    public static AuditActor FromPrincipal(ClaimsPrincipal user, string? ipAddress)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return new AuditActor(id, user.Identity?.Name ?? "anonymous", ipAddress);
    }
}
