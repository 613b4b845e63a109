using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.HubSpot;

public static class HubSpotSandboxEndpointRouteBuilderExtensions
{
    /// <summary>Mounts the CRM API under <c>/sandbox/hubspot</c> (Bearer token, like HubSpot) and <c>/sandbox/hubspot/_admin</c> behind <paramref name="adminPolicy"/>.</summary>
    public static IEndpointRouteBuilder MapHubSpotSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapGroup(HubSpotSandboxDemo.BasePath)
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<HubSpotApiFilter>()
            .WithTags("HubSpot sandbox")
            .MapHubSpotApi();
        routes.MapSandboxAdmin(routes.ServiceProvider.GetRequiredService<HubSpotSandboxConsole>(), adminPolicy);
        return routes;
    }
}
