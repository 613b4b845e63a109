using FlowStudio.Connectors.Runtime;
using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Infrastructure.Auditing;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// "Sign in with Zoho again" for an existing real Zoho Books connection: the consent round trip with the
/// connection's data centre and client, then its refresh token (and a re-entered client secret) replaced through
/// <see cref="ConnectionStore.RotateSecretsAsync"/> (revision bump, "secrets rotated" audit), but only when the
/// connection's organisation is still among those the new token reaches. Otherwise nothing changes.
/// </summary>
public sealed class ZohoReconnection(ZohoConsentService consent, ZohoPendingConsents pending, ConnectionStore store, IConnectionResolver resolver)
{
    /// <summary>Where to send the browser, or why not; the stored client secret is used unless <paramref name="newClientSecret"/> is given.</summary>
    public async Task<ZohoConsentStart> BeginAsync(
        AuditActor actor, string connectionId, string? newClientSecret, Uri appBase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await store.GetAsync(connectionId, cancellationToken) is not { Connector: ZohoBooksOperations.Connector, IsSandbox: false } connection)
        {
            return ZohoConsentStart.Failed("Sign in with Zoho again: only a real Zoho Books connection can sign in again.");
        }

        var replacesSecret = !string.IsNullOrWhiteSpace(newClientSecret);
        var secret = replacesSecret
            ? newClientSecret
            : (await resolver.ResolveAsync(connection.Id, cancellationToken))?.Secret(ZohoBooksConnectionSettings.ClientSecret);
        return consent.Begin(
            actor, connection.Settings.GetValueOrDefault(ZohoBooksConnectionSettings.DataCenter),
            connection.Settings.GetValueOrDefault(ZohoBooksConnectionSettings.ClientId), secret, appBase,
            new ZohoReconnect(connection.Id, connection.Revision, replacesSecret));
    }

    /// <summary>Replaces the connection's secrets from a completed consent of <paramref name="actor"/>; the consent is used up either way.</summary>
    public async Task<ConnectionCommandResult> CompleteAsync(string pendingId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (pending.Find(pendingId, actor.Id) is not { IsCompleted: true, Reconnect: { } reconnect } signedIn)
        {
            return ConnectionCommandResult.Invalid(["Sign in with Zoho again: this sign-in expired or was not completed; nothing changed."]);
        }

        pending.Remove(signedIn.Id);
        if (await store.GetAsync(reconnect.ConnectionId, cancellationToken) is not { } connection)
        {
            return ConnectionCommandResult.Invalid(["Sign in with Zoho again: the connection no longer exists; nothing changed."]);
        }

        if (Problem(connection, signedIn) is { } problem)
        {
            return ConnectionCommandResult.Invalid([problem]);
        }

        var secrets = new Dictionary<string, string>(StringComparer.Ordinal) { [ZohoBooksConnectionSettings.RefreshToken] = signedIn.RefreshToken! };
        if (reconnect.ReplacesClientSecret)
        {
            secrets[ZohoBooksConnectionSettings.ClientSecret] = signedIn.ClientSecret;
        }

        return await store.RotateSecretsAsync(connection.Id, secrets, reconnect.Revision, actor, cancellationToken);
    }

    private static string? Problem(ConnectionDetails connection, ZohoPendingConsent signedIn)
    {
        var dataCenter = connection.Settings.GetValueOrDefault(ZohoBooksConnectionSettings.DataCenter);
        if (!string.Equals(dataCenter, signedIn.DataCenter, StringComparison.Ordinal))
        {
            return $"Sign in with Zoho again: the account signed in at data centre '{signedIn.DataCenter}', but '{connection.Name}' is on '{dataCenter}'; nothing changed.";
        }

        var organization = connection.Settings.GetValueOrDefault(ZohoBooksConnectionSettings.OrganizationId);
        return signedIn.Organizations.Any(o => o.Key == organization)
            ? null
            : $"Sign in with Zoho again: organisation {organization} of '{connection.Name}' is not among the organisations this Zoho account reaches "
              + $"({string.Join(", ", signedIn.Organizations.Select(o => o.Key))}); nothing changed. Sign in with an account that can open it.";
    }
}
