using System.Collections.Concurrent;
using FlowStudio.Core.Flows;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.Workers;

/// <summary>
/// Flow graphs by flow and version. A published version never changes, so it is parsed once and the
/// same instance is handed out; the interpreter caches its compiled form by instance.
/// </summary>
internal sealed class FlowDefinitions(IDbContextFactory<FlowStudioDbContext> contexts)
{
    private const int Capacity = 1_000;
    private readonly ConcurrentDictionary<(Guid, int), FlowDefinition> _published = new();

    public async ValueTask<FlowDefinition?> GetAsync(Guid flowId, int version, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue((flowId, version), out var cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Set<FlowVersionRecord>().AsNoTracking()
            .Where(v => v.FlowId == flowId && v.Number == version)
            .Select(v => new { v.DefinitionJson, v.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var definition = FlowSerializer.Deserialize(stored.DefinitionJson);
        if (stored.Status == FlowVersionStatus.Published)
        {
            if (_published.Count >= Capacity)
            {
                _published.Clear();
            }

            definition = _published.GetOrAdd((flowId, version), definition);
        }

        return definition;
    }
}
