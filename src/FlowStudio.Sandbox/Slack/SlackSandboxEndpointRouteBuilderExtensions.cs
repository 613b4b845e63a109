using FlowStudio.Sandbox.Slack.Admin;
using FlowStudio.Sandbox.Slack.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Slack;

public static class SlackSandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Mounts the Web API (<c>/sandbox/slack/api/{method}</c>) and incoming webhooks (<c>/sandbox/slack/services/…</c>),
    /// anonymous to ASP.NET Core because they authenticate like Slack does, and the admin endpoints under <c>_admin</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackSandbox(this IEndpointRouteBuilder routes, string adminPolicy)
    {
        routes.MapGroup(SlackSandboxDemo.ApiPath).AllowAnonymous().DisableAntiforgery().WithTags("Slack sandbox").MapSlackApi();
        routes.MapGroup(SlackSandboxDemo.BasePath).AllowAnonymous().DisableAntiforgery().WithTags("Slack sandbox").MapSlackWebhooks();
        routes.MapGroup(SlackSandboxDemo.BasePath + "/_admin").RequireAuthorization(adminPolicy).WithTags("Slack sandbox admin").MapSlackAdmin();
        return routes;
    }
}
