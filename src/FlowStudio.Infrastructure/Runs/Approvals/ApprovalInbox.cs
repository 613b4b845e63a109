using System.Text.Json;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Runs;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Approvals;

/// <summary>
/// The approvals inbox: open approval waits a person may decide (their role is the wait's approver role; an Admin
/// may decide any), and the decision itself, which continues the run at the approved or rejected port.
/// </summary>
public sealed class ApprovalInbox(IDbContextFactory<FlowStudioDbContext> contexts, RunLauncher launcher)
{
    public const int MaxItems = 200;

    public async Task<IReadOnlyList<ApprovalItem>> ListAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waits = db.Set<RunBookmarkEntity>().AsNoTracking().Where(b => b.ResolvedAt == null && b.Kind == BookmarkKind.Approval);
        if (!roles.Contains(Roles.Admin))
        {
            var mine = roles.ToList();
            waits = waits.Where(b => b.LookupKey != null && mine.Contains(b.LookupKey));
        }

        var rows = await waits
            .Join(db.Set<RunEntity>().Where(r => r.Status == RunStatus.Waiting), b => b.RunId, r => r.Id, (b, r) => new { Wait = b, Run = r })
            .Join(db.Set<FlowRecord>(), x => x.Run.FlowId, f => f.Id, (x, f) => new { x.Wait, x.Run, FlowName = f.Name })
            .OrderBy(x => x.Wait.Id)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        return rows
            .Select(x => new ApprovalItem(
                x.Wait.Id, x.Run.Id, x.Run.FlowId, x.FlowName, x.Run.FlowVersion, x.Wait.NodeId,
                x.Wait.LookupKey ?? Roles.Reviewer, MessageOf(x.Wait.WaitJson), x.Run.Correlation, x.Wait.CreatedAt, x.Wait.DueAt))
            .OrderBy(i => i.CreatedAt)
            .ToList();
    }

    /// <summary>Approves or rejects; refused when the person does not hold the approver role or the wait is over.</summary>
    public async Task<RunCommandResult> DecideAsync(
        string bookmarkId, bool approve, AuditActor actor, IReadOnlyCollection<string> roles, string? comment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roles);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var wait = await db.Set<RunBookmarkEntity>().AsNoTracking()
            .Where(b => b.Id == bookmarkId && b.Kind == BookmarkKind.Approval)
            .Select(b => new { b.LookupKey })
            .FirstOrDefaultAsync(cancellationToken);
        if (wait is null)
        {
            return RunCommandResult.NotFound($"No approval with id {bookmarkId}.");
        }

        var role = wait.LookupKey ?? Roles.Reviewer;
        if (!roles.Contains(Roles.Admin) && !roles.Contains(role))
        {
            return RunCommandResult.Invalid($"This approval is for the {role} role, which you do not hold.");
        }

        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return await launcher.ResolveWaitAsync(bookmarkId, approve ? PortNames.Approved : PortNames.Rejected, actor, text, cancellationToken: cancellationToken);
    }

    private static string? MessageOf(string waitJson)
    {
        using var document = JsonDocument.Parse(waitJson);
        return document.RootElement.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()
            : null;
    }
}
