namespace FlowStudio.Sandbox.ZohoBooks.Http;

public sealed record ZohoPageContext(
    int Page,
    int PerPage,
    bool HasMorePage,
    string ReportName,
    string AppliedFilter,
    string SortColumn,
    string SortOrder);
