namespace FlowStudio.Sandbox.Kit;

/// <summary>
/// What an admin can do to one mounted sandbox, from its <c>_admin</c> endpoints or the Sandboxes page:
/// reset it, set its faults, and emit a signed event to a hook URL.
/// </summary>
public interface ISandboxConsole
{
    /// <summary>The path segment under <c>/sandbox/</c>, e.g. <c>stripe</c>.</summary>
    string System { get; }

    string DisplayName { get; }

    /// <summary>Where its API lives under the app, e.g. <c>/sandbox/stripe/v1</c>.</summary>
    string ApiPath { get; }

    /// <summary>How its events are signed, for people: "Stripe-Signature (HMAC-SHA256 of t.body, hex)".</summary>
    string SigningScheme { get; }

    SandboxFaultInjector Faults { get; }

    IReadOnlyList<SimulatedEvent> Events { get; }

    Task ResetAsync(CancellationToken cancellationToken);

    /// <summary>Creates the record behind <paramref name="eventKey"/> and delivers its signed event; a bad request changes nothing.</summary>
    Task<SimulationOutcome> SimulateAsync(string eventKey, SimulateRequest request, CancellationToken cancellationToken);
}
