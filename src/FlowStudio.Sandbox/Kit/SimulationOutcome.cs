namespace FlowStudio.Sandbox.Kit;

/// <summary>The delivery's answer, or why nothing was created or sent.</summary>
public sealed record SimulationOutcome(WebhookDeliveryResult? Delivery, string? Problem)
{
    public static SimulationOutcome Delivered(WebhookDeliveryResult delivery) => new(delivery, null);

    public static SimulationOutcome Refused(string problem) => new(null, problem);
}
