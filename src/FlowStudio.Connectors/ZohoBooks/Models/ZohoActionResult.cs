namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>The answer to a status change or email: Zoho only says code 0 and a human message.</summary>
public sealed record ZohoActionResult(string Message);
