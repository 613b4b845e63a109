namespace FlowStudio.Web.Security;

/// <summary>
/// The browser's address, captured from the HTTP request that started the circuit (a circuit has no
/// HttpContext of its own), so audit entries written from interactive pages say where a change came from.
/// </summary>
public sealed class CircuitClient
{
    public string? IpAddress { get; set; }
}
