using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>Reset, faults and the v3-signed webhook emitter (deal closed-won) of the HubSpot sandbox.</summary>
public sealed class HubSpotSandboxConsole(
    HubSpotSandboxState state,
    HubSpotRateLimiter rateLimiter,
    WebhookSender sender,
    IOptions<HubSpotSandboxOptions> options,
    [FromKeyedServices(HubSpotSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) : ISandboxConsole
{
    public const string DealClosedWon = "deal-closed-won";

    public string System => "hubspot";

    public string DisplayName => "HubSpot";

    public string ApiPath => HubSpotSandboxDemo.BasePath + "/crm/v3";

    public string SigningScheme => "X-HubSpot-Signature-v3: base64 HMAC-SHA256 of method + URL + body + X-HubSpot-Request-Timestamp with the app's client secret";

    public SandboxFaultInjector Faults => faults;

    public IReadOnlyList<SimulatedEvent> Events { get; } = [new(DealClosedWon, "Deal closed-won", "deal.propertyChange")];

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        rateLimiter.Reset();
    }

    /// <summary>Moves the oldest open deal (or a new one) to closedwon and delivers a one-event batch about it.</summary>
    public async Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (eventKey != DealClosedWon)
        {
            return SimulationOutcome.Refused($"The HubSpot sandbox cannot simulate '{eventKey}'.");
        }

        if (!WebhookSender.TryParseHookUrl(request.HookUrl, out var hookUrl))
        {
            return SimulationOutcome.Refused(SandboxAdminResults.HookUrlProblem);
        }

        if (request.Amount is <= 0)
        {
            return SimulationOutcome.Refused($"amount {request.Amount} must be positive.");
        }

        var deals = await state.Store.ListAsync("deals", cancellationToken);
        var deal = deals.FirstOrDefault(d => (string?)d["properties"]!["dealstage"] != "closedwon")
            ?? await state.CreateAsync("deals", new JsonObject { ["dealname"] = "Simulated deal", ["dealstage"] = "contractsent", ["pipeline"] = "default", ["amount"] = "1000.00" }, state.Now, cancellationToken);
        List<KeyValuePair<string, string?>> changes = [new("dealstage", "closedwon"), new("closedate", HubSpotSandboxState.Iso(state.Now))];
        if (request.Amount is { } amount)
        {
            changes.Add(new("amount", amount.ToString("0.00", CultureInfo.InvariantCulture)));
        }

        deal = await state.UpdateAsync("deals", deal, changes, cancellationToken);
        var eventId = await state.Store.NextAsync("event", cancellationToken);
        var occurredAt = state.Now.ToUnixTimeMilliseconds();
        var batch = new JsonArray(new JsonObject
        {
            ["eventId"] = eventId,
            ["subscriptionId"] = 2345,
            ["portalId"] = HubSpotSandboxDemo.PortalId,
            ["appId"] = 1160452,
            ["occurredAt"] = occurredAt,
            ["subscriptionType"] = "deal.propertyChange",
            ["attemptNumber"] = 0,
            ["objectId"] = long.Parse((string)deal["id"]!, CultureInfo.InvariantCulture),
            ["propertyName"] = "dealstage",
            ["propertyValue"] = "closedwon",
            ["changeSource"] = "CRM_UI",
        });
        var body = batch.ToJsonString();
        var timestamp = state.Now.ToUnixTimeMilliseconds();
        var signature = HubSpotSignature.Sign(options.Value.ClientSecret, "POST", hookUrl.AbsoluteUri, body, timestamp);
        var delivery = await sender.SendAsync(
            hookUrl, eventId.ToString(CultureInfo.InvariantCulture), "deal.propertyChange", Encoding.UTF8.GetBytes(body),
            [new(HubSpotSignature.HeaderName, signature), new(HubSpotSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture))],
            cancellationToken);
        return SimulationOutcome.Delivered(delivery);
    }
}
