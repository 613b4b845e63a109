using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Ramp;

public static class RampSandboxEndpointRouteBuilderExtensions
{
    /// <summary>Mounts the token endpoint and the API at <c>/sandbox/ramp/developer/v1</c> and <c>/sandbox/ramp/_admin</c> behind <paramref name="adminPolicy"/>.</summary>
    public static IEndpointRouteBuilder MapRampSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapGroup(RampSandboxDemo.ApiPath).AllowAnonymous().DisableAntiforgery().WithTags("Ramp sandbox").MapRampToken();
        routes.MapGroup(RampSandboxDemo.ApiPath)
            .AllowAnonymous()
            .AddEndpointFilter<RampApiFilter>()
            .WithTags("Ramp sandbox")
            .MapRampApi();
        routes.MapSandboxAdmin(routes.ServiceProvider.GetRequiredService<RampSandboxConsole>(), adminPolicy);
        return routes;
    }
}
