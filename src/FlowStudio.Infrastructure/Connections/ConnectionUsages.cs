using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Which flows use a connection: those whose latest draft or published version has a node whose config field
/// of type <see cref="ConfigFieldType.Connection"/> (per the node catalog) holds the connection's id.
/// </summary>
public sealed class ConnectionUsages(IDbContextFactory<FlowStudioDbContext> contextFactory, INodeCatalog catalog)
{
    public async Task<IReadOnlyList<FlowReference>> FlowsUsingAsync(string connectionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionId);
        var usage = await ScanAsync(connectionId, cancellationToken);
        return usage.TryGetValue(connectionId, out var flows) ? flows : [];
    }

    /// <summary>Every connection id in use, with the flows using it (by name).</summary>
    public Task<Dictionary<string, IReadOnlyList<FlowReference>>> AllAsync(CancellationToken cancellationToken = default) =>
        ScanAsync(null, cancellationToken);

    private async Task<Dictionary<string, IReadOnlyList<FlowReference>>> ScanAsync(string? connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The text filter only narrows what is parsed; the catalog decides what really is a connection reference.
        var pattern = connectionId is null ? "%" : "%" + connectionId + "%";
        var rows = await (
                from flow in db.Set<FlowRecord>()
                join version in db.Set<FlowVersionRecord>() on flow.Id equals version.FlowId
                where version.Number == flow.LatestVersion || version.Number == flow.PublishedVersion
                where EF.Functions.Like(version.DefinitionJson, pattern)
                select new { flow.Id, flow.Name, version.DefinitionJson })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        var found = new Dictionary<string, SortedDictionary<Guid, FlowReference>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var id in ConnectionIds(row.DefinitionJson))
            {
                if (connectionId is null || id == connectionId)
                {
                    if (!found.TryGetValue(id, out var flows))
                    {
                        found[id] = flows = [];
                    }

                    flows[row.Id] = new FlowReference(row.Id, row.Name);
                }
            }
        }

        return found.ToDictionary(
            p => p.Key,
            p => (IReadOnlyList<FlowReference>)[.. p.Value.Values.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase)],
            StringComparer.Ordinal);
    }

    private IEnumerable<string> ConnectionIds(string definitionJson)
    {
        FlowDefinition definition;
        try
        {
            definition = FlowSerializer.Deserialize(definitionJson);
        }
        catch (FlowFormatException)
        {
            yield break;
        }

        foreach (var node in definition.Nodes)
        {
            if (catalog.Find(node.Type) is not { } type)
            {
                continue;
            }

            foreach (var field in type.ConfigFields.Where(f => f.FieldType == ConfigFieldType.Connection))
            {
                if (NodeConfig.GetString(node.Config, field.Key) is { Length: > 0 } id)
                {
                    yield return id.Trim();
                }
            }
        }
    }
}
