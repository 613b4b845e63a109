using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Shopify;

public static class ShopifySandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the Admin REST API at <c>/sandbox/shopify/admin/api/{version}</c> (any version; it authenticates by
    /// access token, like Shopify) and the admin endpoints at <c>/sandbox/shopify/_admin</c> behind <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapShopifySandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapGroup(ShopifySandboxDemo.BasePath + "/admin/api/{version}")
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<ShopifyApiFilter>()
            .WithTags("Shopify sandbox")
            .MapShopifyApi();
        routes.MapSandboxAdmin(routes.ServiceProvider.GetRequiredService<ShopifySandboxConsole>(), adminPolicy);
        return routes;
    }
}
