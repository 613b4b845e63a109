namespace FlowStudio.Sandbox.Kit;

/// <summary>
/// Body of <c>POST /sandbox/{system}/_admin/simulate/{event}</c>: where to deliver the event and optional
/// details of the record it creates (amount in major units, currency, customer email).
/// </summary>
public sealed record SimulateRequest(string? HookUrl, decimal? Amount = null, string? Currency = null, string? Email = null);
