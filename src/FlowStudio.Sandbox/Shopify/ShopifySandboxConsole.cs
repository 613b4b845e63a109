using System.Globalization;
using System.Text;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Shopify;

/// <summary>Reset, faults and the webhook emitter (orders/paid, orders/fulfilled) of the Shopify sandbox.</summary>
public sealed class ShopifySandboxConsole(
    ShopifySandboxState state,
    ShopifyLeakyBucket bucket,
    WebhookSender sender,
    IOptions<ShopifySandboxOptions> options,
    [FromKeyedServices(ShopifySandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) : ISandboxConsole
{
    public const string OrderPaid = "order-paid";
    public const string OrderFulfilled = "order-fulfilled";

    public string System => "shopify";

    public string DisplayName => "Shopify";

    public string ApiPath => $"{ShopifySandboxDemo.BasePath}/admin/api/{ShopifySandboxDemo.ApiVersion}";

    public string SigningScheme => "X-Shopify-Hmac-Sha256: base64 HMAC-SHA256 of the raw body with the app's client secret";

    public SandboxFaultInjector Faults => faults;

    public IReadOnlyList<SimulatedEvent> Events { get; } =
        [new(OrderPaid, "Order paid", "orders/paid"), new(OrderFulfilled, "Order fulfilled", "orders/fulfilled")];

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        bucket.Reset();
    }

    /// <summary>Creates a new paid (and for orders/fulfilled, fulfilled) order and delivers it as the webhook body.</summary>
    public async Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var simulated = Events.FirstOrDefault(e => e.Key == eventKey);
        if (simulated is null)
        {
            return SimulationOutcome.Refused($"The Shopify sandbox cannot simulate '{eventKey}'.");
        }

        if (!WebhookSender.TryParseHookUrl(request.HookUrl, out var hookUrl))
        {
            return SimulationOutcome.Refused(SandboxAdminResults.HookUrlProblem);
        }

        var customers = await state.Store.ListAsync(ShopifySandboxState.Customers, cancellationToken);
        var customer = customers.FirstOrDefault(c => request.Email is null || string.Equals((string?)c["email"], request.Email, StringComparison.OrdinalIgnoreCase))
            ?? await state.CreateCustomerAsync(request.Email!, "Simulated", "Buyer", state.Now, cancellationToken);
        var order = await state.CreateOrderAsync(customer, [(0, 1), (1, 2)], paid: true, fulfilled: eventKey == OrderFulfilled, state.Now, cancellationToken);

        var body = Encoding.UTF8.GetBytes(order.ToJsonString());
        var eventId = Guid.NewGuid().ToString();
        var delivery = await sender.SendAsync(hookUrl, eventId, simulated.Topic, body, Headers(simulated.Topic, eventId, body), cancellationToken);
        return SimulationOutcome.Delivered(delivery);
    }

    private KeyValuePair<string, string>[] Headers(string topic, string eventId, byte[] body) =>
    [
        new("X-Shopify-Topic", topic),
        new(ShopifySignature.HeaderName, ShopifySignature.Sign(options.Value.WebhookSigningSecret, body)),
        new("X-Shopify-Shop-Domain", ShopifySandboxDemo.ShopDomain),
        new("X-Shopify-API-Version", ShopifySandboxDemo.ApiVersion),
        new("X-Shopify-Webhook-Id", Guid.NewGuid().ToString()),
        new("X-Shopify-Event-Id", eventId),
        new("X-Shopify-Triggered-At", state.Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)),
    ];
}
