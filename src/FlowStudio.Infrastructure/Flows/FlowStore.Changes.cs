using FlowStudio.Core.Auditing;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

public sealed partial class FlowStore
{
    /// <summary>
    /// Saves a new graph as the latest draft. When the latest version is published, a new draft version
    /// is started instead. <paramref name="expectedRevision"/> guards against overwriting someone else's save.
    /// </summary>
    public Task<FlowCommandResult> SaveDraftAsync(
        Guid id, FlowDefinition definition, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(id, definition, expectedRevision, actor, comment: null, cancellationToken);

    /// <summary>Saves the latest draft like the overload without a comment, and shows <c>comment</c> (optional) in the flow's history.</summary>
    public Task<FlowCommandResult> SaveDraftAsync(
        Guid id, FlowDefinition definition, int? expectedRevision, AuditActor actor, string? comment, CancellationToken cancellationToken = default) =>
        SaveDraftAsync(id, definition, expectedRevision, actor, comment, FlowRevisionKind.Saved, cancellationToken);

    private async Task<FlowCommandResult> SaveDraftAsync(
        Guid id, FlowDefinition definition, int? expectedRevision, AuditActor actor, string? comment, FlowRevisionKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(actor);
        if (NameProblem(definition) is { } problem)
        {
            return FlowCommandResult.Invalid([], problem);
        }

        if (comment?.Trim().Length > MaxCommentLength)
        {
            return FlowCommandResult.Invalid([], $"comment: at most {MaxCommentLength} characters.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flow = await db.Set<FlowRecord>().Include(f => f.Versions).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flow is null)
        {
            return FlowCommandResult.NotFound(id);
        }

        if (expectedRevision is { } expected && expected != flow.Revision)
        {
            return FlowCommandResult.Conflict(
                $"The flow was changed by someone else (revision {flow.Revision}, you edited {expected}); reload it and apply your change again.");
        }

        var before = Summarize(flow);
        var now = clock.GetUtcNow();
        var latest = flow.Versions.Single(v => v.Number == flow.LatestVersion);
        if (latest.Status == FlowVersionStatus.Published)
        {
            flow.LatestVersion++;
            flow.Versions.Add(NewDraft(flow.Id, flow.LatestVersion, definition, actor, now));
        }
        else
        {
            latest.DefinitionJson = FlowSerializer.Serialize(definition);
            latest.UpdatedAt = now;
        }

        flow.Name = definition.Metadata.Name.Trim();
        flow.Description = definition.Metadata.Description;
        flow.Tags = JoinTags(definition);
        flow.UpdatedAt = now;
        flow.Revision++;
        db.Add(NewRevision(flow, kind, definition, actor, now, comment));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return FlowCommandResult.Conflict("The flow was changed by someone else while saving; reload it and apply your change again.");
        }

        var summary = Summarize(flow);
        await audit.RecordAsync(actor, new AuditRecord(
            kind == FlowRevisionKind.Restored ? AuditActions.FlowRestored : AuditActions.FlowDraftSaved,
            kind == FlowRevisionKind.Restored ? $"Restored '{flow.Name}' into draft v{flow.LatestVersion}: {comment}" : $"Saved draft v{flow.LatestVersion} of '{flow.Name}'",
            "Flow", flow.Id.ToString(),
            before, Describe(summary, definition)), cancellationToken);
        return FlowCommandResult.Success(summary, Validate(definition));
    }

    /// <summary>
    /// Publishes the latest draft if it has no validation errors; runs from then on use this version. When the flow was
    /// unpublished and its latest version is the one published before, that version is turned back on.
    /// </summary>
    public async Task<FlowCommandResult> PublishAsync(Guid id, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flow = await db.Set<FlowRecord>().Include(f => f.Versions).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flow is null)
        {
            return FlowCommandResult.NotFound(id);
        }

        if (expectedRevision is { } expected && expected != flow.Revision)
        {
            return FlowCommandResult.Conflict($"The flow was changed by someone else (revision {flow.Revision}, you saw {expected}).");
        }

        var latest = flow.Versions.Single(v => v.Number == flow.LatestVersion);
        var republish = latest.Status == FlowVersionStatus.Published;
        if (republish && flow.PublishedVersion == latest.Number)
        {
            return FlowCommandResult.Conflict($"Version {latest.Number} is already published; save a change to start a new draft.");
        }

        var definition = FlowSerializer.Deserialize(latest.DefinitionJson);
        var issues = Validate(definition);
        if (issues.Any(i => i.Severity == ValidationSeverity.Error))
        {
            return FlowCommandResult.Invalid(issues, $"Version {latest.Number} has errors and cannot be published.");
        }

        var before = Summarize(flow);
        var now = clock.GetUtcNow();
        if (!republish)
        {
            // A version unpublished earlier is turned back on as it was: its publication record is never rewritten.
            var published = FlowVersion.Draft(latest.Number, definition).Publish(now, actor.Name);
            latest.Status = published.Status;
            latest.PublishedAt = published.PublishedAt;
            latest.PublishedBy = published.PublishedBy;
            latest.UpdatedAt = now;
        }
        flow.PublishedVersion = latest.Number;
        flow.UpdatedAt = now;
        flow.Revision++;
        db.Add(NewRevision(flow, FlowRevisionKind.Published, definition, actor, now, comment: null));
        await db.SaveChangesAsync(cancellationToken);
        var summary = Summarize(flow);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.FlowPublished, $"Published v{latest.Number} of '{flow.Name}'", "Flow", flow.Id.ToString(),
            before, Describe(summary, definition)), cancellationToken);
        foreach (var observer in observers)
        {
            await observer.FlowPublishedAsync(flow.Id, latest.Number, cancellationToken);
        }

        return FlowCommandResult.Success(summary, issues);
    }
}
