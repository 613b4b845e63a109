namespace FlowStudio.Connectors.Ramp.Models;

public sealed record RampCardHolder(string? FirstName, string? LastName, string? DepartmentName, string? UserId);
