using System.Text;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>Reset, faults and the event emitter of the Stripe sandbox.</summary>
public sealed class StripeSandboxConsole(
    StripeSandboxState state,
    StripeRateLimiter rateLimiter,
    WebhookSender sender,
    IOptions<StripeSandboxOptions> options,
    [FromKeyedServices(StripeSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) : ISandboxConsole
{
    public const string PaymentSucceeded = "payment-succeeded";

    private static readonly HashSet<string> ZeroDecimalCurrencies =
        new(["bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf", "xof", "xpf"], StringComparer.Ordinal);

    public string System => "stripe";

    public string DisplayName => "Stripe";

    public string ApiPath => StripeSandboxDemo.ApiPath;

    public string SigningScheme => "Stripe-Signature: t=…,v1=hex HMAC-SHA256 of \"{t}.{body}\" with the endpoint secret";

    public SandboxFaultInjector Faults => faults;

    public IReadOnlyList<SimulatedEvent> Events { get; } = [new(PaymentSucceeded, "Payment succeeded", "payment_intent.succeeded")];

    /// <summary>The event most recently sent and where to, for "Redeliver last event"; null before the first send or after a reset.</summary>
    public StripeDelivered? LastDelivered => Volatile.Read(ref lastDelivered);

    private StripeDelivered? lastDelivered;

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        rateLimiter.Reset();
        Volatile.Write(ref lastDelivered, null);
    }

    /// <summary>
    /// Sends a stored event again, as Stripe does when it retries or when "Resend" is pressed in its dashboard:
    /// the same event (same <c>id</c>, same JSON), signed afresh with the current time. A receiver that
    /// deduplicates by event id must accept it and start nothing new. A bad request sends nothing.
    /// </summary>
    public async Task<SimulationOutcome> RedeliverAsync(string eventId, string? hookUrl, CancellationToken cancellationToken)
    {
        if (!WebhookSender.TryParseHookUrl(hookUrl, out var target))
        {
            return SimulationOutcome.Refused(SandboxAdminResults.HookUrlProblem);
        }

        if (string.IsNullOrWhiteSpace(eventId) || await state.Store.GetAsync(StripeSandboxState.Events, eventId.Trim(), cancellationToken) is not { } evt)
        {
            return SimulationOutcome.Refused($"The Stripe sandbox has no event '{eventId}' (a reset removes simulated events).");
        }

        return SimulationOutcome.Delivered(await SendAsync(target, evt, cancellationToken));
    }

    /// <summary>Redelivers <see cref="LastDelivered"/> to the hook it went to.</summary>
    public Task<SimulationOutcome> RedeliverLastAsync(CancellationToken cancellationToken) =>
        LastDelivered is { } last
            ? RedeliverAsync(last.EventId, last.HookUrl, cancellationToken)
            : Task.FromResult(SimulationOutcome.Refused("Nothing has been sent yet: simulate a payment first, then redeliver it."));

    public async Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (eventKey != PaymentSucceeded)
        {
            return SimulationOutcome.Refused($"The Stripe sandbox cannot simulate '{eventKey}'.");
        }

        if (!WebhookSender.TryParseHookUrl(request.HookUrl, out var hookUrl))
        {
            return SimulationOutcome.Refused(SandboxAdminResults.HookUrlProblem);
        }

        var currency = (request.Currency ?? "usd").Trim().ToLowerInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
        {
            return SimulationOutcome.Refused($"currency '{request.Currency}' is not a three-letter ISO code.");
        }

        var amount = request.Amount ?? 125.00m;
        var exponent = ZeroDecimalCurrencies.Contains(currency) ? 0 : 2;
        var minor = amount * (exponent == 0 ? 1m : 100m);
        if (amount <= 0 || minor != decimal.Truncate(minor) || minor > 99_999_999m)
        {
            return SimulationOutcome.Refused($"amount {amount} must be positive, with at most {exponent} decimals for {currency.ToUpperInvariant()}, and below 1,000,000.");
        }

        var customers = await state.Store.ListAsync(StripeSandboxState.Customers, cancellationToken);
        var customer = customers.FirstOrDefault(c => request.Email is null || string.Equals((string?)c["email"], request.Email, StringComparison.OrdinalIgnoreCase))
            ?? await state.CreateCustomerAsync(request.Email, null, null, [], state.Now, cancellationToken);
        var intent = await state.CreatePaymentIntentAsync(
            (long)minor, currency, (string)customer["id"]!, "Simulated payment", (string?)customer["email"], new JsonObject { ["source"] = "flowstudio-simulator" }, state.Now, cancellationToken);
        var (_, _, evt) = await state.SucceedAsync(intent, "pm_card_visa", "visa", state.Now, cancellationToken);
        return SimulationOutcome.Delivered(await SendAsync(hookUrl, evt, cancellationToken));
    }

    private async Task<WebhookDeliveryResult> SendAsync(Uri hookUrl, JsonObject evt, CancellationToken cancellationToken)
    {
        // The stored event is serialised the same way every time, so a redelivery carries the same bytes; only t= and v1= change.
        var body = Encoding.UTF8.GetBytes(evt.ToJsonString());
        var signature = StripeSignature.Sign(options.Value.WebhookSigningSecret, state.Now, body);
        var eventId = (string)evt["id"]!;
        var delivery = await sender.SendAsync(
            hookUrl, eventId, (string?)evt["type"] ?? "event", body,
            [new(StripeSignature.HeaderName, signature), new("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")],
            cancellationToken);
        Volatile.Write(ref lastDelivered, new StripeDelivered(eventId, (string?)evt["type"] ?? "event", hookUrl.ToString()));
        return delivery;
    }
}
