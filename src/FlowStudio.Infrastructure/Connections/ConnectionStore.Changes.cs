using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Connections;

public sealed partial class ConnectionStore
{
    /// <summary>Replaces the non-secret settings (every required one must be given); secrets stay as they are.</summary>
    public Task<ConnectionCommandResult> UpdateSettingsAsync(
        string id, IReadOnlyDictionary<string, string> settings, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var cleaned = ConnectionFieldValidator.Clean(settings);
        return EditAsync(id, expectedRevision, actor, (record, module) =>
        {
            var errors = ConnectionFieldValidator.CheckSettings(module, cleaned, complete: true);
            if (errors.Count > 0)
            {
                return Edit.Refused(ConnectionCommandResult.Invalid(errors));
            }

            var changed = ReadSettings(record).Where(p => !cleaned.TryGetValue(p.Key, out var v) || v != p.Value).Select(p => p.Key)
                .Union(cleaned.Where(p => !ReadSettings(record).ContainsKey(p.Key)).Select(p => p.Key)).ToList();
            record.SettingsJson = JsonSerializer.Serialize(cleaned);
            return Edit.Done(AuditActions.ConnectionSettingsChanged, $"Changed settings of connection '{record.Name}': {Keys(changed)}");
        }, cancellationToken);
    }

    /// <summary>
    /// Replaces the secrets given (only those; others keep their values). The audit entry names the keys that
    /// changed, never a value.
    /// </summary>
    public Task<ConnectionCommandResult> RotateSecretsAsync(
        string id, IReadOnlyDictionary<string, string> newSecrets, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newSecrets);
        var given = newSecrets.Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key.Trim(), p => p.Value.Trim(), StringComparer.Ordinal);
        return EditAsync(id, expectedRevision, actor, (record, module) =>
        {
            var errors = ConnectionFieldValidator.CheckSecrets(module, given, complete: false);
            if (given.Count == 0)
            {
                errors.Add("Secrets: enter at least one new value.");
            }

            if (errors.Count > 0)
            {
                return Edit.Refused(ConnectionCommandResult.Invalid(errors));
            }

            var current = secrets.Unprotect(record.ProtectedSecrets);
            foreach (var (key, value) in given)
            {
                current[key] = value;
            }

            record.ProtectedSecrets = secrets.Protect(current);
            record.SecretKeys = JoinKeys(current.Keys);
            record.SecretsRotatedAt = clock.GetUtcNow();
            return Edit.Done(
                AuditActions.ConnectionSecretsRotated,
                $"Rotated secrets of connection '{record.Name}': {Keys(given.Keys)}",
                new { RotatedSecrets = given.Keys.Order(StringComparer.Ordinal).ToList() });
        }, cancellationToken);
    }

    public async Task<ConnectionCommandResult> RenameAsync(
        string id, string name, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (ConnectionFieldValidator.NameProblem(name) is { } problem)
        {
            return ConnectionCommandResult.Invalid([problem]);
        }

        var trimmed = name.Trim();
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await NameTakenAsync(db, Normalize(trimmed), id, cancellationToken))
            {
                return NameConflict(trimmed);
            }
        }

        return await EditAsync(id, expectedRevision, actor, (record, _) =>
        {
            var before = record.Name;
            record.Name = trimmed;
            record.NormalizedName = Normalize(trimmed);
            return Edit.Done(AuditActions.ConnectionRenamed, $"Renamed connection '{before}' to '{trimmed}'");
        }, cancellationToken);
    }

    /// <summary>Deletes a connection no flow uses; while flows use it, says which.</summary>
    public async Task<ConnectionCommandResult> DeleteAsync(string id, int? expectedRevision, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return ConnectionCommandResult.NotFound(id);
        }

        if (expectedRevision is { } expected && expected != record.Revision)
        {
            return RevisionConflict(record, expected);
        }

        var users = await usages.FlowsUsingAsync(id, cancellationToken);
        if (users.Count > 0)
        {
            return ConnectionCommandResult.Conflict(
                $"Connection '{record.Name}' is used by {users.Count} flow{(users.Count == 1 ? "" : "s")}: "
                + $"{string.Join(", ", users.Select(f => $"'{f.Name}'"))}. Choose another connection in "
                + $"{(users.Count == 1 ? "that flow" : "those flows")} first.");
        }

        var before = Describe(record);
        db.Connections.Remove(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConnectionCommandResult.Conflict($"Connection '{record.Name}' was changed by someone else while deleting; reload it.");
        }

        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.ConnectionDeleted, $"Deleted connection '{record.Name}' ({record.Connector})", TargetType, id,
            Before: Snapshot(before)), cancellationToken);
        return ConnectionCommandResult.Success(before);
    }

    /// <summary>Keeps the outcome of a connection test on the connection (no revision check: a test is not an edit).</summary>
    public async Task<ConnectionCommandResult> RecordTestAsync(
        string id, ConnectionTestResult result, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return ConnectionCommandResult.NotFound(id);
        }

        record.LastTestedAt = clock.GetUtcNow();
        record.LastTestSucceeded = result.Succeeded;
        record.LastTestMessage = result.Message.Length > 1000 ? result.Message[..1000] : result.Message;
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.ConnectionTested,
            $"Tested connection '{record.Name}': {(result.Succeeded ? "succeeded" : "failed")}",
            TargetType, id, After: new { result.Succeeded, Message = record.LastTestMessage }), cancellationToken);
        return ConnectionCommandResult.Success(Describe(record));
    }

    private async Task<ConnectionCommandResult> EditAsync(
        string id, int? expectedRevision, AuditActor actor, Func<ConnectionRecord, IConnectorModule, Edit> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Connections.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (record is null)
        {
            return ConnectionCommandResult.NotFound(id);
        }

        if (expectedRevision is { } expected && expected != record.Revision)
        {
            return RevisionConflict(record, expected);
        }

        if (FindModule(record.Connector) is not { } module)
        {
            return ConnectionCommandResult.Invalid([$"Connector: '{record.Connector}' is not available on this server, so its fields cannot be checked."]);
        }

        var before = Describe(record);
        var edit = change(record, module);
        if (edit.Refusal is { } refusal)
        {
            return refusal;
        }

        record.UpdatedAt = clock.GetUtcNow();
        record.UpdatedBy = actor.Name;
        record.Revision++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ConnectionCommandResult.Conflict($"Connection '{before.Name}' was changed by someone else while saving; reload it and apply your change again.");
        }
        catch (DbUpdateException)
        {
            return NameConflict(record.Name);
        }

        var after = Describe(record);
        await audit.RecordAsync(actor, new AuditRecord(
            edit.Action!, edit.Summary!, TargetType, id, Snapshot(before), edit.After ?? Snapshot(after)), cancellationToken);
        return ConnectionCommandResult.Success(after);
    }

    private static string Keys(IEnumerable<string> keys) =>
        keys.Any() ? string.Join(", ", keys.Order(StringComparer.Ordinal)) : "nothing changed";

    private sealed record Edit(ConnectionCommandResult? Refusal, string? Action, string? Summary, object? After)
    {
        public static Edit Refused(ConnectionCommandResult refusal) => new(refusal, null, null, null);

        public static Edit Done(string action, string summary, object? after = null) => new(null, action, summary, after);
    }
}
