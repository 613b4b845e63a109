using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

public sealed partial class FlowStore
{
    /// <summary>The flows list: name/tag search, owner, archived state and the last run of each flow, newest change first.</summary>
    public async Task<IReadOnlyList<FlowListItem>> ListItemsAsync(string? search = null, bool includeArchived = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flows = db.Set<FlowRecord>().AsNoTracking();
        if (!includeArchived)
        {
            flows = flows.Where(f => f.ArchivedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            flows = flows.Where(f => EF.Functions.Like(f.Name, pattern) || EF.Functions.Like(f.Tags, pattern));
        }

        var records = await flows.OrderByDescending(f => f.UpdatedAt).ToListAsync(cancellationToken);
        var ids = records.Select(f => f.Id).ToList();
        var ownerIds = records.Where(f => f.OwnerId != null).Select(f => f.OwnerId!).Distinct().ToList();
        var owners = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName, cancellationToken);
        var lastRuns = await db.Set<RunEntity>().AsNoTracking()
            .Where(r => ids.Contains(r.FlowId))
            .GroupBy(r => r.FlowId)
            .Select(g => g.OrderByDescending(r => r.CreatedAt).Select(r => new { r.FlowId, r.Status, r.CreatedAt }).First())
            .ToDictionaryAsync(r => r.FlowId, cancellationToken);
        var unpublished = records.Where(f => f.PublishedVersion == null).Select(f => f.Id).ToList();
        var turnedOff = (await db.Set<FlowVersionRecord>().AsNoTracking()
            .Where(v => unpublished.Contains(v.FlowId) && v.PublishedAt != null)
            .Select(v => v.FlowId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return records.Select(f => new FlowListItem(
            Summarize(f),
            f.OwnerId is null ? null : owners.GetValueOrDefault(f.OwnerId),
            f.ArchivedAt is not null,
            lastRuns.TryGetValue(f.Id, out var run) ? run.Status : null,
            lastRuns.TryGetValue(f.Id, out var at) ? at.CreatedAt : null) { TurnedOff = turnedOff.Contains(f.Id) }).ToList();
    }

    /// <summary>A new flow (draft v1, owned by <paramref name="actor"/>) holding a copy of the latest graph of <paramref name="id"/>.</summary>
    public async Task<FlowCommandResult> DuplicateAsync(Guid id, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var source = await GetAsync(id, cancellationToken);
        if (source is null)
        {
            return FlowCommandResult.NotFound(id);
        }

        var name = $"Copy of {source.Latest.Metadata.Name}";
        var copy = source.Latest with { Metadata = source.Latest.Metadata with { Name = name.Length > 200 ? name[..200] : name, Owner = null } };
        return await CreateAsync(copy, actor, cancellationToken);
    }

    /// <summary>
    /// Hides the flow from the list and turns it off (or shows it again and turns it back on if a version is published):
    /// its triggers stop while archived. Its versions, history and runs are kept.
    /// </summary>
    public async Task<FlowCommandResult> SetArchivedAsync(Guid id, bool archived, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flow = await db.Set<FlowRecord>().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flow is null)
        {
            return FlowCommandResult.NotFound(id);
        }

        if ((flow.ArchivedAt is not null) == archived)
        {
            return FlowCommandResult.Success(Summarize(flow));
        }

        var now = clock.GetUtcNow();
        flow.ArchivedAt = archived ? now : null;
        flow.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditRecord(
            archived ? AuditActions.FlowArchived : AuditActions.FlowUnarchived,
            archived ? $"Archived flow '{flow.Name}'" : $"Restored flow '{flow.Name}' from the archive",
            "Flow", flow.Id.ToString()), cancellationToken);
        await NotifyActivationChangedAsync(flow.Id, cancellationToken);
        return FlowCommandResult.Success(Summarize(flow));
    }

    private async Task NotifyActivationChangedAsync(Guid flowId, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.FlowActivationChangedAsync(flowId, cancellationToken);
        }
    }
}
