namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// Which suppliers to list, as Coupa query arguments: <c>status</c>, <c>name[contains]</c>, <c>updated-at[gt]</c>,
/// <c>updated-at[lt]</c> and <c>exported</c>. Null means "any".
/// </summary>
public sealed record CoupaSupplierFilter(
    string? Status = null,
    string? NameContains = null,
    DateTimeOffset? UpdatedAfter = null,
    DateTimeOffset? UpdatedBefore = null,
    bool? Exported = null);
