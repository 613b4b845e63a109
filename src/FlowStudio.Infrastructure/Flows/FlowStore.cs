using FlowStudio.Core.Auditing;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Flows;

/// <summary>
/// Saves flows as versioned graphs. Drafts may be saved with validation errors (work in progress) but
/// only a graph without errors can be published; a published version is never changed again, and the
/// next save starts a new draft. Every change is audited.
/// </summary>
public sealed partial class FlowStore(
    IDbContextFactory<FlowStudioDbContext> contextFactory,
    FlowValidator validator,
    AuditLog audit,
    TimeProvider clock,
    IEnumerable<IFlowPublicationObserver> observers)
{
    public async Task<IReadOnlyList<FlowSummary>> ListAsync(string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flows = db.Set<FlowRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim()}%";
            flows = flows.Where(f => EF.Functions.Like(f.Name, pattern) || EF.Functions.Like(f.Tags, pattern));
        }

        var records = await flows.OrderByDescending(f => f.UpdatedAt).ToListAsync(cancellationToken);
        return records.Select(Summarize).ToList();
    }

    public async Task<FlowDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var flow = await db.Set<FlowRecord>().AsNoTracking().Include(f => f.Versions)
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flow is null)
        {
            return null;
        }

        var latest = flow.Versions.Single(v => v.Number == flow.LatestVersion);
        return new FlowDetails(
            Summarize(flow),
            FlowSerializer.Deserialize(latest.DefinitionJson),
            flow.Versions.OrderByDescending(v => v.Number)
                .Select(v => new FlowVersionSummary(v.Number, v.Status, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy))
                .ToList());
    }

    /// <summary>The saved JSON of one version (the latest when <paramref name="version"/> is null), exactly as stored.</summary>
    public async Task<string?> ExportAsync(Guid id, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var number = version ?? await db.Set<FlowRecord>().Where(f => f.Id == id).Select(f => (int?)f.LatestVersion).SingleOrDefaultAsync(cancellationToken);
        return number is null
            ? null
            : await db.Set<FlowVersionRecord>().Where(v => v.FlowId == id && v.Number == number)
                .Select(v => v.DefinitionJson).SingleOrDefaultAsync(cancellationToken);
    }

    public IReadOnlyList<ValidationIssue> Validate(FlowDefinition definition) => validator.Validate(definition);

    public async Task<FlowCommandResult> CreateAsync(FlowDefinition definition, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(actor);
        if (NameProblem(definition) is { } problem)
        {
            return FlowCommandResult.Invalid([], problem);
        }

        var now = clock.GetUtcNow();
        var flow = new FlowRecord
        {
            Id = Guid.NewGuid(),
            Name = definition.Metadata.Name.Trim(),
            Description = definition.Metadata.Description,
            Tags = JoinTags(definition),
            OwnerId = actor.Id,
            CreatedAt = now,
            UpdatedAt = now,
            LatestVersion = 1,
            Revision = 1,
        };
        flow.Versions.Add(NewDraft(flow.Id, 1, definition, actor, now));
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Add(flow);
        db.Add(NewRevision(flow, FlowRevisionKind.Created, definition, actor, now, comment: null));
        await db.SaveChangesAsync(cancellationToken);
        var summary = Summarize(flow);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.FlowCreated, $"Created flow '{flow.Name}'", "Flow", flow.Id.ToString(), After: Describe(summary, definition)), cancellationToken);
        return FlowCommandResult.Success(summary, Validate(definition));
    }

    private static FlowVersionRecord NewDraft(Guid flowId, int number, FlowDefinition definition, AuditActor actor, DateTimeOffset now) => new()
    {
        FlowId = flowId,
        Number = number,
        Status = FlowVersionStatus.Draft,
        DefinitionJson = FlowSerializer.Serialize(definition),
        CreatedAt = now,
        CreatedBy = actor.Name,
        UpdatedAt = now,
    };

    private static FlowRevisionRecord NewRevision(
        FlowRecord flow, FlowRevisionKind kind, FlowDefinition definition, AuditActor actor, DateTimeOffset now, string? comment) => new()
    {
        FlowId = flow.Id,
        Revision = flow.Revision,
        Version = flow.LatestVersion,
        Kind = kind,
        Author = actor.Name,
        CreatedAt = now,
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        DefinitionJson = FlowSerializer.Serialize(definition),
    };

    private static string? NameProblem(FlowDefinition definition) =>
        string.IsNullOrWhiteSpace(definition.Metadata.Name) ? "metadata.name: a flow needs a name."
        : definition.Metadata.Name.Trim().Length > 200 ? "metadata.name: at most 200 characters."
        : null;

    private static string JoinTags(FlowDefinition definition) =>
        string.Join(',', definition.Metadata.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));

    private static FlowSummary Summarize(FlowRecord f) => new(
        f.Id, f.Name, f.Description,
        f.Tags.Split(',', StringSplitOptions.RemoveEmptyEntries),
        f.UpdatedAt, f.LatestVersion, f.PublishedVersion, f.Revision);

    private static object Describe(FlowSummary summary, FlowDefinition definition) => new
    {
        summary.Name,
        summary.LatestVersion,
        summary.PublishedVersion,
        Nodes = definition.Nodes.Length,
        Connections = definition.Connections.Length,
    };
}
