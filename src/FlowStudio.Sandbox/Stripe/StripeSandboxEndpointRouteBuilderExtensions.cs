using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Stripe;

public static class StripeSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the API at <c>/sandbox/stripe/v1</c> (anonymous to ASP.NET Core: it authenticates by secret key,
    /// like Stripe) and the admin endpoints at <c>/sandbox/stripe/_admin</c>, which require <paramref name="adminPolicy"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapStripeSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        var api = routes.MapGroup(StripeSandboxDemo.ApiPath)
            .AllowAnonymous()
            .DisableAntiforgery()
            .AddEndpointFilter<StripeApiFilter>()
            .WithTags("Stripe sandbox");
        api.MapStripeCustomers();
        api.MapStripePaymentIntents();
        api.MapStripeCharges();
        api.MapStripeEvents();

        routes.MapSandboxAdmin(routes.ServiceProvider.GetRequiredService<StripeSandboxConsole>(), adminPolicy);
        return routes;
    }
}
