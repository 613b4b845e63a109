using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Runs.Storage;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.FollowUps;

/// <summary>What a finished run "returns" to a caller: the output of the last step it completed outside any loop.</summary>
internal sealed class RunOutputs(IDbContextFactory<FlowStudioDbContext> contexts)
{
    public async Task<JsonElement?> LastOutputAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var steps = await db.Set<RunStepEntity>().AsNoTracking()
            .Where(s => s.RunId == runId && s.IterationPath == string.Empty && s.Status == StepStatus.Succeeded && s.OutputJson != null)
            .Select(s => new { s.CompletedAt, s.StartedAt, s.OutputJson })
            .ToListAsync(cancellationToken);

        // Ordered here: SQLite cannot ORDER BY a DateTimeOffset column.
        var last = steps.OrderBy(s => s.CompletedAt ?? s.StartedAt).LastOrDefault();
        if (last?.OutputJson is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(last.OutputJson);
        return document.RootElement.Clone();
    }
}
