using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>Connections for pickers, by name; reads no secret column.</summary>
public sealed class ConnectionDirectory(IDbContextFactory<FlowStudioDbContext> contextFactory) : IConnectionDirectory
{
    public async Task<IReadOnlyList<ConnectionSummary>> ListAsync(string? connector, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var connections = db.Connections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(connector))
        {
            connections = connections.Where(c => c.Connector == connector);
        }

        return await connections.OrderBy(c => c.NormalizedName)
            .Select(c => new ConnectionSummary(c.Id, c.Name, c.Connector, c.IsSandbox))
            .ToListAsync(cancellationToken);
    }
}
