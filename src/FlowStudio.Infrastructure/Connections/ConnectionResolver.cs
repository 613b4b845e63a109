using FlowStudio.Connectors.Runtime;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>Finds a stored connection and decrypts its secrets for one call; every connection gets this app's own address.</summary>
public sealed class ConnectionResolver(
    IDbContextFactory<FlowStudioDbContext> contextFactory,
    ConnectionSecretProtector secrets,
    SandboxAddress sandboxAddress) : IConnectionResolver
{
    public async Task<ResolvedConnection?> ResolveAsync(string connectionId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == connectionId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        var details = ConnectionStore.Describe(record);
        return new ResolvedConnection(
            record.Id, record.Name, record.Connector, record.IsSandbox, details.Settings, secrets.Unprotect(record.ProtectedSecrets))
        {
            // Real connections get it too: a configured data centre (e.g. Zoho's 'sandbox') may be relative to the app.
            SandboxBaseUrl = sandboxAddress.Resolve(),
        };
    }
}
