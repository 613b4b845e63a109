using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

        var console = routes.ServiceProvider.GetRequiredService<StripeSandboxConsole>();
        var admin = routes.MapSandboxAdmin(console, adminPolicy);
        admin.MapPost("/redeliver/{eventId}", (string eventId, SimulateRequest? request, CancellationToken ct) => RedeliverAsync(console, eventId, request, ct))
            .WithSummary("Sends a stored event again (same id and body, a fresh Stripe-Signature) to the hook URL, as Stripe's retries and \"Resend\" do.");
        return routes;
    }

    private static async Task<Results<Ok<WebhookDeliveryResult>, JsonHttpResult<Dictionary<string, string>>>> RedeliverAsync(
        StripeSandboxConsole console, string eventId, SimulateRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return SandboxAdminResults.BadRequest("The body must be a JSON object with hookUrl.");
        }

        var outcome = await console.RedeliverAsync(eventId, request.HookUrl, cancellationToken);
        return outcome.Delivery is { } delivery ? TypedResults.Ok(delivery) : SandboxAdminResults.BadRequest(outcome.Problem!);
    }
}
