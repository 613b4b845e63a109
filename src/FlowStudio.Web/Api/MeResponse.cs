namespace FlowStudio.Web.Api;

public sealed record MeResponse(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string AuthenticatedWith);
