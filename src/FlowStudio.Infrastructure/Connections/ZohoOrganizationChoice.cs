namespace FlowStudio.Infrastructure.Connections;

/// <summary>Organisations (id, name) the entered credentials reach, or why none could be listed.</summary>
public sealed record ZohoOrganizationChoice(IReadOnlyList<KeyValuePair<string, string>> Organizations, string? Error)
{
    public static ZohoOrganizationChoice Failed(string error) => new([], error);
}
