using System.Text.Json;
using FlowStudio.Core.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FlowStudio.Web.Hosting;

/// <summary>
/// <c>/health</c> answers load balancers anonymously with the overall status only (see ADR 0005);
/// <c>/health/detail</c> shows each check to admins.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteStatusAsync })
            .AllowAnonymous()
            .WithName("Health");
        endpoints.MapHealthChecks("/health/detail", new HealthCheckOptions { ResponseWriter = WriteDetailAsync })
            .RequireAuthorization(Policies.Administer)
            .WithName("HealthDetail");
        return endpoints;
    }

    private static Task WriteStatusAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new { status = report.Status.ToString() });

    private static Task WriteDetailAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            totalDurationMs = report.TotalDuration.TotalMilliseconds,
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString(),
                durationMs = e.Value.Duration.TotalMilliseconds,
                description = e.Value.Description,
                error = e.Value.Exception?.Message,
            }),
        }, JsonSerializerOptions.Web);
}
