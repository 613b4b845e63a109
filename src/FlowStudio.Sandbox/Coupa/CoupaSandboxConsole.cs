using FlowStudio.Sandbox.Kit;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>Reset and faults of the Coupa sandbox. Coupa sends no supplier webhooks (flows poll), so there is nothing to simulate.</summary>
public sealed class CoupaSandboxConsole(
    CoupaSandboxState state,
    CoupaTokens tokens,
    [FromKeyedServices(CoupaSandboxServiceCollectionExtensions.Key)] SandboxFaultInjector faults) : ISandboxConsole
{
    public string System => "coupa";

    public string DisplayName => "Coupa";

    public string ApiPath => CoupaSandboxDemo.ApiPath;

    public string SigningScheme => "None: Coupa sends no supplier events; poll /api/suppliers?exported=false.";

    public SandboxFaultInjector Faults => faults;

    public IReadOnlyList<SimulatedEvent> Events { get; } = [];

    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        await state.ResetAsync(cancellationToken);
        tokens.Clear();
    }

    public Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(SimulationOutcome.Refused($"The Coupa sandbox sends no events (asked for '{eventKey}'); flows poll suppliers instead."));
}
