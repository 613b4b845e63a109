namespace FlowStudio.Sandbox.ZohoBooks.Http;

public sealed record ZohoPage<T>(IReadOnlyList<T> Items, ZohoPageContext Context);
