using FlowStudio.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace FlowStudio.Web.Security;

/// <summary>
/// The policies behind every page and endpoint. Anything without its own policy falls back to
/// <see cref="Policies.View"/>, so a new page is never accidentally public.
/// </summary>
public static class AuthorizationSetup
{
    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var policy in Policies.All)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(Policies.RolesFor(policy)));
        }

        options.FallbackPolicy = options.GetPolicy(Policies.View);
        options.DefaultPolicy = options.GetPolicy(Policies.View)!;
    }
}
