using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Organizations;

public static class OrganizationEndpoints
{
    public static void MapOrganizations(this RouteGroupBuilder api) =>
        api.MapGet("/organizations", List).WithName("ZohoSandboxListOrganizations");

    public static IResult List(IOptions<ZohoSandboxOptions> options) =>
        ZohoResults.Ok("success", "organizations", new[]
        {
            new Dictionary<string, object?>
            {
                ["organization_id"] = options.Value.OrganizationId,
                ["name"] = ZohoSandboxDemo.OrganizationName,
                ["is_default_org"] = true,
                ["country"] = "U.S.A",
                ["currency_code"] = "USD",
                ["time_zone"] = "Etc/UTC",
                ["is_org_active"] = true,
            },
        });
}
