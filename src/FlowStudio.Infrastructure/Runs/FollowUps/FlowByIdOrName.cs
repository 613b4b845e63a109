using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Flows;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Runs.FollowUps;

/// <summary>Finds the flow a sub-flow step or a failure handler names: by id when it parses as one, else by exact name.</summary>
internal static class FlowByIdOrName
{
    public static Task<FlowRecord?> FindAsync(FlowStudioDbContext db, string idOrName, CancellationToken cancellationToken)
    {
        var flows = db.Set<FlowRecord>().AsNoTracking();
        return Guid.TryParse(idOrName, out var id)
            ? flows.FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            : flows.FirstOrDefaultAsync(f => f.Name == idOrName, cancellationToken);
    }
}
