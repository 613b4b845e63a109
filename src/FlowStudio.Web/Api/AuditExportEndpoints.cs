using System.Globalization;
using CsvHelper;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;

namespace FlowStudio.Web.Api;

/// <summary>The audit log as CSV, with the same filters as the Audit log page, streamed page by page.</summary>
public static class AuditExportEndpoints
{
    private const int BatchSize = AuditLog.MaxPageSize;

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/audit/export", ExportAsync)
            .WithName("ExportAuditLog")
            .WithSummary("Downloads the filtered audit log as CSV.")
            .RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    public static async Task ExportAsync(
        HttpContext context, AuditLog audit, TimeProvider clock,
        string? text, string? action, string? actor, DateTimeOffset? from, DateTimeOffset? to)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"flowstudio-audit-{stamp}.csv\"";

        await using var writer = new StreamWriter(context.Response.Body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "OccurredAtUtc", "Actor", "ActorId", "Action", "TargetType", "TargetId", "Summary", "IpAddress", "Before", "After" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        var query = new AuditQuery(text, action, actor, from, to, 0, BatchSize);
        while (true)
        {
            var page = await audit.SearchAsync(query, context.RequestAborted);
            foreach (var e in page.Items)
            {
                csv.WriteField(e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                csv.WriteField(e.ActorName);
                csv.WriteField(e.ActorId);
                csv.WriteField(e.Action);
                csv.WriteField(e.TargetType);
                csv.WriteField(e.TargetId);
                csv.WriteField(e.Summary);
                csv.WriteField(e.IpAddress);
                csv.WriteField(e.BeforeJson);
                csv.WriteField(e.AfterJson);
                await csv.NextRecordAsync();
            }

            if (page.Items.Count < BatchSize)
            {
                break;
            }

            query = query with { Skip = query.Skip + BatchSize };
        }

        await csv.FlushAsync();
    }
}
