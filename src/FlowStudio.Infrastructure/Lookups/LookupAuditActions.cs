namespace FlowStudio.Infrastructure.Lookups;

/// <summary>Audit actions of lookup tables (<c>lookup.*</c>).</summary>
public static class LookupAuditActions
{
    public const string Created = "lookup.created";
    public const string Updated = "lookup.updated";
    public const string Imported = "lookup.imported";
    public const string Deleted = "lookup.deleted";

    public static IReadOnlyList<string> All { get; } = [Created, Updated, Imported, Deleted];
}
