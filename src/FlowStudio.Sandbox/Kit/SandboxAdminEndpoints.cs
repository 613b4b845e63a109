using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Kit;

/// <summary>
/// The admin endpoints every payments/commerce/CRM sandbox shares, under <c>/sandbox/{system}/_admin</c>:
/// reset, faults and <c>simulate/{event}</c>. Ours, not a provider's, so camelCase JSON.
/// </summary>
public static class SandboxAdminEndpoints
{
    public static RouteGroupBuilder MapSandboxAdmin(this IEndpointRouteBuilder routes, ISandboxConsole console, string adminPolicy)
    {
        ArgumentNullException.ThrowIfNull(console);
        var admin = routes.MapGroup($"/sandbox/{console.System}/_admin")
            .RequireAuthorization(adminPolicy)
            .DisableAntiforgery()
            .WithTags(console.DisplayName + " sandbox admin");
        admin.MapPost("/reset", async (CancellationToken ct) =>
        {
            await console.ResetAsync(ct);
            return SandboxAdminResults.Message($"The {console.DisplayName} sandbox has been reset.");
        }).WithSummary("Drops the sandbox data and re-seeds the demo account.");
        admin.MapGet("/faults", () => TypedResults.Ok(console.Faults.Settings));
        admin.MapPut("/faults", (SandboxFaultSettings settings) => PutFaults(console, settings)).WithSummary("Replaces the injected faults (latency, 5xx, 429).");
        foreach (var simulated in console.Events)
        {
            admin.MapPost("/simulate/" + simulated.Key, (SimulateRequest request, CancellationToken ct) => SimulateAsync(console, simulated.Key, request, ct))
                .WithSummary($"Creates the record and POSTs its {simulated.Topic} event, signed, to the hook URL.");
        }

        return admin;
    }

    private static Results<Ok<SandboxFaultSettings>, JsonHttpResult<Dictionary<string, string>>> PutFaults(ISandboxConsole console, SandboxFaultSettings? settings)
    {
        if (settings is null)
        {
            return SandboxAdminResults.BadRequest("The body must be a JSON object of fault settings.");
        }

        if (settings.Problem() is { } problem)
        {
            return SandboxAdminResults.BadRequest(problem);
        }

        console.Faults.Set(settings);
        return TypedResults.Ok(settings);
    }

    private static async Task<Results<Ok<WebhookDeliveryResult>, JsonHttpResult<Dictionary<string, string>>>> SimulateAsync(
        ISandboxConsole console, string eventKey, SimulateRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return SandboxAdminResults.BadRequest("The body must be a JSON object with hookUrl.");
        }

        var outcome = await console.SimulateAsync(eventKey, request, cancellationToken);
        return outcome.Delivery is { } delivery ? TypedResults.Ok(delivery) : SandboxAdminResults.BadRequest(outcome.Problem!);
    }
}
