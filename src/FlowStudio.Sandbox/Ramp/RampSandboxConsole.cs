using System.Text;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>Reset, faults and the webhook emitter (transactions.cleared) of the Ramp sandbox.</summary>
public sealed class RampSandboxConsole(
    RampSandboxState state,
    RampTokens tokens,
    WebhookSender sender,
    IOptions<RampSandboxOptions> options,
    [FromKeyedServices(RampSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) : ISandboxConsole
{
    public const string TransactionCleared = "transaction-cleared";

    public string System => "ramp";

    public string DisplayName => "Ramp";

    public string ApiPath => RampSandboxDemo.ApiPath;

    public string SigningScheme => $"{options.Value.SignatureHeader}: hex HMAC-SHA256 of the raw body with the signing secret";

    public SandboxFaultInjector Faults => faults;

    public IReadOnlyList<SimulatedEvent> Events { get; } = [new(TransactionCleared, "Transaction cleared", "transactions.cleared")];

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        tokens.Clear();
    }

    /// <summary>Creates a cleared card transaction and delivers the id-only event about it (the receiver fetches the object).</summary>
    public async Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (eventKey != TransactionCleared)
        {
            return SimulationOutcome.Refused($"The Ramp sandbox cannot simulate '{eventKey}'.");
        }

        if (!WebhookSender.TryParseHookUrl(request.HookUrl, out var hookUrl))
        {
            return SimulationOutcome.Refused(SandboxAdminResults.HookUrlProblem);
        }

        if (request.Amount is { } amount && (amount <= 0 || decimal.Round(amount, 2) != amount))
        {
            return SimulationOutcome.Refused($"amount {amount} must be positive with at most 2 decimals.");
        }

        var count = (await state.Store.ListAsync(RampSandboxState.Transactions, cancellationToken)).Count;
        var transaction = await state.CreateTransactionAsync(count, count, "CLEARED", state.Now, request.Amount, cancellationToken);
        var eventId = "evt_" + Guid.NewGuid().ToString("N");
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["id"] = eventId,
            ["type"] = "transactions.cleared",
            ["created_at"] = RampSandboxState.Iso(state.Now),
            ["object"] = new JsonObject { ["id"] = transaction["id"]!.DeepClone() },
        }.ToJsonString());
        var delivery = await sender.SendAsync(
            hookUrl, eventId, "transactions.cleared", body, [new(options.Value.SignatureHeader, RampSignature.Sign(options.Value.WebhookSigningSecret, body))], cancellationToken);
        return SimulationOutcome.Delivered(delivery);
    }
}
