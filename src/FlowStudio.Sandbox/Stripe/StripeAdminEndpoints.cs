using System.Text;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>Reset, faults and the event emitter of the Stripe sandbox (ours, not Stripe's: camelCase JSON).</summary>
public static class StripeAdminEndpoints
{
    private static readonly HashSet<string> ZeroDecimalCurrencies =
        new(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"], StringComparer.Ordinal);

    public static void MapStripeAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/reset", ResetAsync).WithName("StripeSandboxReset").WithSummary("Drops the sandbox data and re-seeds the demo account.");
        admin.MapGet("/faults", GetFaults).WithName("StripeSandboxGetFaults");
        admin.MapPut("/faults", PutFaults).WithName("StripeSandboxPutFaults").WithSummary("Replaces the injected faults (latency, 5xx, 429).");
        admin.MapPost("/simulate/payment-succeeded", SimulatePaymentSucceededAsync)
            .WithName("StripeSandboxSimulatePaymentSucceeded")
            .WithSummary("Creates a succeeded payment and POSTs its payment_intent.succeeded event, signed, to the hook URL.");
    }

    public static async Task<JsonHttpResult<Dictionary<string, string>>> ResetAsync(StripeSandboxState state, StripeRateLimiter rateLimiter, CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        rateLimiter.Reset();
        return SandboxAdminResults.Message("The Stripe sandbox has been reset.");
    }

    public static Ok<SandboxFaultSettings> GetFaults([FromKeyedServices(StripeSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) =>
        TypedResults.Ok(faults.Settings);

    public static Results<Ok<SandboxFaultSettings>, JsonHttpResult<Dictionary<string, string>>> PutFaults(
        SandboxFaultSettings settings,
        [FromKeyedServices(StripeSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        if (settings?.Problem() is { } problem)
        {
            return SandboxAdminResults.BadRequest(problem);
        }

        faults.Set(settings!);
        return TypedResults.Ok(settings);
    }

    public static async Task<Results<Ok<WebhookDeliveryResult>, JsonHttpResult<Dictionary<string, string>>>> SimulatePaymentSucceededAsync(
        SimulateRequest request,
        StripeSandboxState state,
        WebhookSender sender,
        IOptions<StripeSandboxOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WebhookSender.TryParseHookUrl(request.HookUrl, out var hookUrl))
        {
            return SandboxAdminResults.BadRequest(SandboxAdminResults.HookUrlProblem);
        }

        var currency = (request.Currency ?? "usd").Trim().ToLowerInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
        {
            return SandboxAdminResults.BadRequest($"currency '{request.Currency}' is not a three-letter ISO code.");
        }

        var amount = request.Amount ?? 125.00m;
        var exponent = ZeroDecimalCurrencies.Contains(currency) ? 0 : 2;
        var minor = amount * (exponent == 0 ? 1m : 100m);
        if (amount <= 0 || minor != decimal.Truncate(minor) || minor > 99_999_999m)
        {
            return SandboxAdminResults.BadRequest($"amount {amount} must be positive, at most {exponent} decimals for {currency.ToUpperInvariant()} and below 1,000,000.");
        }

        var customers = await state.Store.ListAsync(StripeSandboxState.Customers, cancellationToken);
        var customer = customers.FirstOrDefault(c => request.Email is null || string.Equals((string?)c["email"], request.Email, StringComparison.OrdinalIgnoreCase))
            ?? await state.CreateCustomerAsync(request.Email, null, null, [], state.Now, cancellationToken);
        var intent = await state.CreatePaymentIntentAsync(
            (long)minor, currency, (string)customer["id"]!, "Simulated payment", (string?)customer["email"], new JsonObject { ["source"] = "flowstudio-simulator" }, state.Now, cancellationToken);
        var (_, _, evt) = await state.SucceedAsync(intent, "pm_card_visa", "visa", state.Now, cancellationToken);

        var body = Encoding.UTF8.GetBytes(evt.ToJsonString());
        var signature = StripeSignature.Sign(options.Value.WebhookSigningSecret, state.Now, body);
        var delivery = await sender.SendAsync(
            hookUrl, (string)evt["id"]!, "payment_intent.succeeded", body,
            [new(StripeSignature.HeaderName, signature), new("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")],
            cancellationToken);
        return TypedResults.Ok(delivery);
    }
}
