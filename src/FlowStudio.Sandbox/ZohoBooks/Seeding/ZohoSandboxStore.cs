using FlowStudio.Sandbox.ZohoBooks.Data;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

/// <summary>Creates, seeds and resets the sandbox database.</summary>
public sealed class ZohoSandboxStore(ZohoSandboxDbContext db, ZohoWriteGate writeGate, IOptions<ZohoSandboxOptions> options, TimeProvider time)
{
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        PrepareDirectory();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            if (await db.Database.EnsureCreatedAsync(cancellationToken))
            {
                await SeedAsync(cancellationToken);
            }
        }
    }

    /// <summary>Drops the file and re-creates it, so a reset also picks up schema changes.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        PrepareDirectory();
        using (await writeGate.EnterAsync(cancellationToken))
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
            SqliteConnection.ClearAllPools();
            await db.Database.EnsureCreatedAsync(cancellationToken);
            await SeedAsync(cancellationToken);
        }
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        new ZohoDemoSeeder(db, options.Value.Seed, time.Today(), time.GetUtcNow()).Seed();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private void PrepareDirectory()
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Value.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
