using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Coupa;

public static class CoupaSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the token endpoint at <c>/sandbox/coupa/oauth2/token</c> and the API at <c>/sandbox/coupa/api</c> (anonymous to
    /// ASP.NET Core; they check Coupa credentials) and reset and faults at <c>/sandbox/coupa/_admin</c> behind <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapCoupaSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapPost(CoupaSandboxDemo.TokenPath, CoupaEndpoints.TokenAsync)
            .AllowAnonymous().DisableAntiforgery().WithName("CoupaSandboxToken").WithTags("Coupa sandbox");
        routes.MapGroup(CoupaSandboxDemo.ApiPath)
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<CoupaApiFilter>()
            .WithTags("Coupa sandbox")
            .MapCoupaApi();
        routes.MapSandboxAdmin(routes.ServiceProvider.GetRequiredService<CoupaSandboxConsole>(), adminPolicy);
        return routes;
    }
}
