namespace FlowStudio.Web.Api;

public sealed record ConnectionTestResponse(bool Succeeded, string Message, DateTimeOffset TestedAt);
