namespace FlowStudio.Web.Components.Pages.Lookups;

/// <summary>What the import panel hands the page: the CSV text and how to read it.</summary>
public sealed record LookupImportRequest(string Name, string Csv, string KeyColumn, bool IgnoreCase, string? DefaultValue);
