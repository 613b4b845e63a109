namespace FlowStudio.Web.Api;

/// <summary>The REST API under <c>/api/v1</c>: cookie or personal-access-token authentication, OpenAPI at <c>/api/v1/openapi.json</c>.</summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapFlowStudioApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1");
        api.MapAccountApi();
        api.MapFlowsApi();
        api.MapRunsApi();
        api.MapApprovalsApi();
        api.MapConnectionsApi();
        return endpoints;
    }
}
