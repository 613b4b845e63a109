using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Schema;
using FlowStudio.Sandbox.Salesforce.Soql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Salesforce.Data;

/// <summary>The sandbox org's records: read as a snapshot for SOQL, fetched and updated one at a time, inserted by the admin API.</summary>
public sealed class SalesforceStore(IDbContextFactory<SalesforceSandboxDbContext> contexts, IOptions<SalesforceSandboxOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken) => await WriteAsync(
        async db =>
        {
            if (await db.Database.EnsureCreatedAsync(cancellationToken))
            {
                db.Records.AddRange(SalesforceSeed.Records());
                await db.SaveChangesAsync(cancellationToken);
            }

            return true;
        },
        cancellationToken);

    public async Task ResetAsync(CancellationToken cancellationToken) => await WriteAsync(
        async db =>
        {
            await db.Database.EnsureDeletedAsync(cancellationToken);
            SqliteConnection.ClearAllPools();
            await db.Database.EnsureCreatedAsync(cancellationToken);
            db.Records.AddRange(SalesforceSeed.Records());
            await db.SaveChangesAsync(cancellationToken);
            return true;
        },
        cancellationToken);

    /// <summary>Every record by object name, for one query's evaluation.</summary>
    public async Task<Dictionary<string, List<JsonObject>>> SnapshotAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Records.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Type, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(r => (JsonObject)JsonNode.Parse(r.FieldsJson)!).ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public async Task<JsonObject?> GetAsync(string type, string id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return row is not null && string.Equals(row.Type, type, StringComparison.OrdinalIgnoreCase) ? (JsonObject)JsonNode.Parse(row.FieldsJson)! : null;
    }

    /// <summary>Sets the given fields (already checked) and the audit stamps; false when no such record.</summary>
    public async Task<bool> UpdateAsync(SObjectType type, string id, IReadOnlyDictionary<string, JsonNode?> changes, CancellationToken cancellationToken) => await WriteAsync(
        async db =>
        {
            var row = await db.Records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (row is null || !string.Equals(row.Type, type.Name, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var fields = (JsonObject)JsonNode.Parse(row.FieldsJson)!;
            foreach (var (name, value) in changes)
            {
                fields[name] = value?.DeepClone();
            }

            Stamp(type, fields);
            row.FieldsJson = fields.ToJsonString();
            await db.SaveChangesAsync(cancellationToken);
            return true;
        },
        cancellationToken);

    /// <summary>Adds a record with a new id of the object's key prefix; returns the id.</summary>
    public async Task<string> InsertAsync(SObjectType type, JsonObject fields, CancellationToken cancellationToken) => await WriteAsync(
        async db =>
        {
            var count = await db.Records.CountAsync(r => r.Type == type.Name, cancellationToken);
            var id = SalesforceSeed.NewId(type.KeyPrefix, 5000 + count + 1);
            var record = (JsonObject)fields.DeepClone();
            record["Id"] = id;
            var now = SoqlValues.FormatDateTime(time.GetUtcNow());
            record["CreatedDate"] = now;
            record["IsDeleted"] = false;
            Stamp(type, record);
            db.Records.Add(new SObjectRecord { Id = id, Type = type.Name, FieldsJson = record.ToJsonString() });
            await db.SaveChangesAsync(cancellationToken);
            return id;
        },
        cancellationToken);

    public void Dispose() => gate.Dispose();

    /// <summary>Opportunity's IsClosed/IsWon follow its stage; every change moves LastModifiedDate and SystemModstamp.</summary>
    private void Stamp(SObjectType type, JsonObject fields)
    {
        if (type.Name == "Opportunity" && fields["StageName"]?.GetValue<string>() is { } stage)
        {
            fields["IsWon"] = stage == "Closed Won";
            fields["IsClosed"] = stage is "Closed Won" or "Closed Lost";
        }

        if (type.Name == "Contact")
        {
            fields["Name"] = string.Join(' ', new[] { fields["FirstName"]?.GetValue<string>(), fields["LastName"]?.GetValue<string>() }.Where(n => !string.IsNullOrEmpty(n)));
        }

        var now = SoqlValues.FormatDateTime(time.GetUtcNow());
        fields["LastModifiedDate"] = now;
        fields["SystemModstamp"] = now;
    }

    private async Task<T> WriteAsync<T>(Func<SalesforceSandboxDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.Value.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await work(db);
        }
        finally
        {
            gate.Release();
        }
    }
}
