using System.Security.Cryptography;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Stores connections with their secrets encrypted (<see cref="ConnectionSecretProtector"/>). Reads never
/// return a secret value; every change is audited with before/after of the non-secret values, and a secret
/// change names only which keys changed. Edits name the revision they were made from.
/// </summary>
public sealed partial class ConnectionStore(
    IDbContextFactory<FlowStudioDbContext> contextFactory,
    ConnectionSecretProtector secrets,
    IEnumerable<IConnectorModule> modules,
    IEnumerable<SandboxConnectionTemplate> sandboxTemplates,
    ConnectionUsages usages,
    AuditLog audit,
    TimeProvider clock)
{
    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string TargetType = "Connection";
    private readonly IReadOnlyList<IConnectorModule> modules = [.. modules];

    public IReadOnlyList<IConnectorModule> Modules => modules;

    public IReadOnlyList<SandboxConnectionTemplate> SandboxTemplates { get; } = [.. sandboxTemplates];

    public IConnectorModule? FindModule(string connector) => modules.FirstOrDefault(m => m.Connector == connector);

    public async Task<IReadOnlyList<ConnectionDetails>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Connections.AsNoTracking().OrderBy(c => c.NormalizedName).ToListAsync(cancellationToken);
        return [.. records.Select(Describe)];
    }

    public async Task<ConnectionDetails?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Connections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return record is null ? null : Describe(record);
    }

    public async Task<ConnectionCommandResult> CreateAsync(NewConnection request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var module = FindModule(request.Connector);
        if (module is null)
        {
            return ConnectionCommandResult.Invalid([$"Connector: '{request.Connector}' is not available on this server."]);
        }

        var settings = WithDefaults(module, ConnectionFieldValidator.Clean(request.Settings));
        var secretValues = ConnectionFieldValidator.Clean(request.Secrets);
        var errors = new List<string>();
        errors.AddRange(ConnectionFieldValidator.NameProblem(request.Name) is { } nameProblem ? [nameProblem] : []);
        errors.AddRange(ConnectionFieldValidator.CheckSettings(module, settings, complete: true));
        errors.AddRange(ConnectionFieldValidator.CheckSecrets(module, secretValues, complete: true));
        if (errors.Count > 0)
        {
            return ConnectionCommandResult.Invalid(errors);
        }

        return await InsertAsync(request.Name.Trim(), module.Connector, isSandbox: false, settings, secretValues, actor, cancellationToken);
    }

    /// <summary>
    /// The one-click sandbox connection of <paramref name="connector"/>, made from its template. Idempotent:
    /// when a sandbox connection of that connector exists, it is returned unchanged.
    /// </summary>
    public async Task<ConnectionCommandResult> CreateSandboxAsync(string connector, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var template = SandboxTemplates.FirstOrDefault(t => t.Connector == connector);
        if (template is null)
        {
            return ConnectionCommandResult.Invalid([$"Connector: no sandbox for '{connector}' runs on this server."]);
        }

        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var existing = await db.Connections.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Connector == connector && c.IsSandbox, cancellationToken);
            if (existing is not null)
            {
                return ConnectionCommandResult.Success(Describe(existing));
            }
        }

        var name = await FreeNameAsync(template.Name, cancellationToken);
        return await InsertAsync(
            name, connector, isSandbox: true,
            new Dictionary<string, string>(template.Settings, StringComparer.Ordinal),
            new Dictionary<string, string>(template.Secrets, StringComparer.Ordinal),
            actor, cancellationToken);
    }

    private async Task<ConnectionCommandResult> InsertAsync(
        string name, string connector, bool isSandbox, Dictionary<string, string> settings, Dictionary<string, string> secretValues,
        AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var record = new ConnectionRecord
        {
            Id = NewId(),
            Name = name,
            NormalizedName = Normalize(name),
            Connector = connector,
            IsSandbox = isSandbox,
            SettingsJson = JsonSerializer.Serialize(settings),
            ProtectedSecrets = secrets.Protect(secretValues),
            SecretKeys = JoinKeys(secretValues.Keys),
            CreatedAt = now,
            CreatedBy = actor.Name,
            UpdatedAt = now,
            UpdatedBy = actor.Name,
            SecretsRotatedAt = secretValues.Count > 0 ? now : null,
            Revision = 1,
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, record.NormalizedName, null, cancellationToken))
        {
            return NameConflict(name);
        }

        db.Connections.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created the same name between the check and the insert; the unique index said no.
            return NameConflict(name);
        }

        var details = Describe(record);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.ConnectionCreated,
            $"Created {(isSandbox ? "sandbox " : "")}connection '{name}' ({connector})",
            TargetType, record.Id, After: Snapshot(details)), cancellationToken);
        return ConnectionCommandResult.Success(details);
    }

    private async Task<string> FreeNameAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var candidate = name;
        for (var n = 2; await NameTakenAsync(db, Normalize(candidate), null, cancellationToken); n++)
        {
            candidate = $"{name} {n}";
        }

        return candidate;
    }

    private static Dictionary<string, string> WithDefaults(IConnectorModule module, Dictionary<string, string> settings)
    {
        foreach (var field in module.ConnectionFields.Where(f => !f.IsSecret && f.DefaultValue is not null))
        {
            settings.TryAdd(field.Key, field.DefaultValue!);
        }

        return settings;
    }

    private static Task<bool> NameTakenAsync(FlowStudioDbContext db, string normalizedName, string? exceptId, CancellationToken cancellationToken) =>
        db.Connections.AnyAsync(c => c.NormalizedName == normalizedName && c.Id != exceptId, cancellationToken);

    private static ConnectionCommandResult NameConflict(string name) =>
        ConnectionCommandResult.Conflict($"Name: a connection called '{name}' already exists; choose another name.");

    private static ConnectionCommandResult RevisionConflict(ConnectionRecord record, int expected) =>
        ConnectionCommandResult.Conflict(
            $"Connection '{record.Name}' was changed by someone else (revision {record.Revision}, you edited {expected}); reload it and apply your change again.");

    internal static string NewId() => "conn_" + RandomNumberGenerator.GetString(IdAlphabet, 12);

    private static string Normalize(string name) => name.Trim().ToUpperInvariant();

    private static string JoinKeys(IEnumerable<string> keys) => string.Join(',', keys.Order(StringComparer.Ordinal));

    private static string[] SplitKeys(string keys) => keys.Split(',', StringSplitOptions.RemoveEmptyEntries);

    private static Dictionary<string, string> ReadSettings(ConnectionRecord record) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(record.SettingsJson) ?? [], StringComparer.Ordinal);

    internal static ConnectionDetails Describe(ConnectionRecord record) => new(
        record.Id, record.Name, record.Connector, record.IsSandbox, ReadSettings(record), SplitKeys(record.SecretKeys),
        record.SecretsRotatedAt, record.CreatedAt, record.CreatedBy, record.UpdatedAt, record.UpdatedBy,
        record.LastTestedAt is { } at ? new ConnectionTestOutcome(at, record.LastTestSucceeded == true, record.LastTestMessage ?? "") : null,
        record.Revision);

    // Audit snapshots: names and non-secret settings; which secrets are set, never their values.
    private static object Snapshot(ConnectionDetails c) => new
    {
        c.Name,
        c.Connector,
        c.IsSandbox,
        c.Settings,
        SecretsSet = c.SecretKeys,
    };
}
