using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

public sealed partial class FlowStore
{
    private const int MaxCommentLength = 500;

    /// <summary>Every saved state of the flow, newest first: who, when, why, and which version it wrote to.</summary>
    public async Task<IReadOnlyList<FlowRevisionSummary>> ListRevisionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<FlowRevisionRecord>().AsNoTracking()
            .Where(r => r.FlowId == id)
            .OrderByDescending(r => r.Revision)
            .Select(r => new FlowRevisionSummary(r.Revision, r.Version, r.Kind, r.Author, r.CreatedAt, r.Comment))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The graph as it stood at <paramref name="revision"/>; null when the flow or revision does not exist.</summary>
    public async Task<FlowDefinition?> GetRevisionAsync(Guid id, int revision, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var json = await db.Set<FlowRevisionRecord>().AsNoTracking()
            .Where(r => r.FlowId == id && r.Revision == revision)
            .Select(r => r.DefinitionJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : FlowSerializer.Deserialize(json);
    }

    /// <summary>
    /// Makes an earlier revision the latest draft again. Nothing is lost: the state being replaced stays in the
    /// history as its own revision. Guarded by <paramref name="expectedRevision"/> like a save.
    /// </summary>
    public async Task<FlowCommandResult> RestoreAsync(Guid id, int revision, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var definition = await GetRevisionAsync(id, revision, cancellationToken);
        if (definition is null)
        {
            return await ExistsAsync(id, cancellationToken)
                ? FlowCommandResult.Invalid([], $"revision: flow {id} has no revision {revision}.")
                : FlowCommandResult.NotFound(id);
        }

        return await SaveDraftAsync(id, definition, expectedRevision, actor, $"Restored revision {revision}", FlowRevisionKind.Restored, cancellationToken);
    }

    private async Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<FlowRecord>().AnyAsync(f => f.Id == id, cancellationToken);
    }
}
