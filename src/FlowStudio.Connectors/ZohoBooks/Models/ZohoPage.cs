namespace FlowStudio.Connectors.ZohoBooks.Models;

/// <summary>One page of a list; Zoho gives no total count, only whether another page follows.</summary>
public sealed record ZohoPage<T>(IReadOnlyList<T> Items, int Page, int PerPage, bool HasMorePage);
