using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Auth;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// "Sign in with Zoho": sends the browser to the data centre's consent page with a protected <c>state</c>, takes
/// the callback (checks the state, refuses an <c>accounts-server</c> not in <see cref="ZohoDataCenterCatalog"/>,
/// exchanges the code, lists the organisations) and creates the connection from the result. The client secret
/// and the refresh token never leave the server: not in a URL, the state, or a page.
/// </summary>
public sealed class ZohoConsentService(
    ZohoPendingConsents pending,
    ZohoConsentStateProtector states,
    ZohoOrganizationLookup organizations,
    SandboxAddress sandboxAddress,
    ConnectionStore store,
    ZohoAuthorizationCodeExchange? exchange = null,
    ZohoDataCenterCatalog? dataCenters = null)
{
    private readonly ZohoDataCenterCatalog dataCenters = dataCenters ?? ZohoDataCenterCatalog.BuiltIn;

    public bool IsAvailable => exchange is not null && organizations.IsAvailable;

    /// <summary>The redirect URI to register in the Zoho API console for an app served at <paramref name="appBase"/>.</summary>
    public static Uri RedirectUri(Uri appBase) => new(appBase, ZohoPendingConsent.CallbackPath);

    /// <summary>Where to send the browser to consent, or what is missing. <paramref name="appBase"/> is the address the browser uses.</summary>
    public ZohoConsentStart Begin(
        AuditActor actor, string? dataCenter, string? clientId, string? clientSecret, Uri appBase, ZohoReconnect? reconnect = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(appBase);
        if (!IsAvailable)
        {
            return ZohoConsentStart.Failed("Signing in with Zoho is not available on this server.");
        }

        if (string.IsNullOrEmpty(actor.Id))
        {
            return ZohoConsentStart.Failed("Sign in to FlowStudio first.");
        }

        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            return ZohoConsentStart.Failed("Enter the client id and client secret from the Zoho API console first.");
        }

        if (dataCenters.UnknownProblem(dataCenter) is { } unknown)
        {
            return ZohoConsentStart.Failed(unknown);
        }

        var accounts = dataCenters.AccountsUrl(dataCenter!, appBase)!; // known, and relative URLs resolve against appBase
        var consent = pending.Add(actor.Id, dataCenter!, clientId.Trim(), clientSecret.Trim(), appBase, reconnect);
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["scope"] = ZohoBooksScopes.Parameter,
            ["client_id"] = consent.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = consent.RedirectUri.ToString(),
            ["access_type"] = "offline",
            ["prompt"] = "consent",
            ["state"] = states.Protect(consent.Id, actor.Id),
        });
        return new ZohoConsentStart(new Uri(accounts.ToString().TrimEnd('/') + "/oauth/v2/auth" + query.Value), null);
    }

    /// <summary>
    /// Handles Zoho's redirect. A bad state gives only a <see cref="ZohoConsentCompletion.Problem"/>; otherwise the
    /// outcome (organisations or the reason) is kept on the pending consent named by <see cref="ZohoConsentCompletion.PendingId"/>.
    /// </summary>
    public async Task<ZohoConsentCompletion> CompleteAsync(AuditActor actor, ZohoCallback callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(callback);
        var check = states.Check(callback.State, actor.Id);
        if (check.Status != ZohoConsentStateStatus.Valid)
        {
            return new ZohoConsentCompletion(null, check.Status switch
            {
                ZohoConsentStateStatus.Expired => ZohoConsentProblem.Expired,
                ZohoConsentStateStatus.OtherUser => ZohoConsentProblem.OtherUser,
                _ => ZohoConsentProblem.InvalidState,
            });
        }

        if (pending.Find(check.PendingId, actor.Id) is not { } consent)
        {
            return new ZohoConsentCompletion(null, ZohoConsentProblem.Expired);
        }

        var outcome = await ExchangeAsync(consent, callback, cancellationToken);
        pending.Replace(outcome);
        return new ZohoConsentCompletion(consent.Id, null);
    }

    /// <summary>The consent of <paramref name="userId"/> named <paramref name="pendingId"/>, completed or failed, or null.</summary>
    public ZohoPendingConsent? Find(string? pendingId, string? userId) => pending.Find(pendingId, userId);

    /// <summary>Creates the connection from a completed consent: its data centre, client and secrets, the rest from <paramref name="request"/>.</summary>
    public async Task<ConnectionCommandResult> CreateConnectionAsync(
        string pendingId, NewConnection request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (pending.Find(pendingId, actor.Id) is not { IsCompleted: true } consent)
        {
            return ConnectionCommandResult.Invalid(["Sign in with Zoho: this sign-in expired or was not completed; sign in again."]);
        }

        var settings = new Dictionary<string, string>(request.Settings, StringComparer.Ordinal)
        {
            [ZohoBooksConnectionSettings.DataCenter] = consent.DataCenter,
            [ZohoBooksConnectionSettings.ClientId] = consent.ClientId,
        };
        var secrets = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ZohoBooksConnectionSettings.ClientSecret] = consent.ClientSecret,
            [ZohoBooksConnectionSettings.RefreshToken] = consent.RefreshToken!,
        };
        var result = await store.CreateAsync(request with { Settings = settings, Secrets = secrets }, actor, cancellationToken);
        if (result.Succeeded)
        {
            pending.Remove(consent.Id);
        }

        return result;
    }

    private async Task<ZohoPendingConsent> ExchangeAsync(ZohoPendingConsent consent, ZohoCallback callback, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(callback.Error))
        {
            return consent with
            {
                Error = callback.Error == "access_denied"
                    ? "You denied FlowStudio access at Zoho, so no connection was made. Sign in again and choose Accept to connect."
                    : $"Zoho did not grant access ({callback.Error}).",
            };
        }

        if (string.IsNullOrEmpty(callback.Code))
        {
            return consent with { Error = "Zoho sent no authorization code back; sign in again." };
        }

        // The code is exchanged at the data centre the account lives in, but only at a server the catalog knows:
        // the accounts-server parameter picks one of them, it is never used as an address itself.
        var dataCenter = string.IsNullOrEmpty(callback.AccountsServer) ? consent.DataCenter : dataCenters.KeyOfAccountsServer(callback.AccountsServer, consent.AppBase);
        if (dataCenter is null)
        {
            return consent with { Error = $"Zoho returned from '{callback.AccountsServer}', which is not a known Zoho accounts server; nothing was exchanged." };
        }

        var serverBase = sandboxAddress.Resolve() ?? consent.AppBase;
        var accounts = dataCenters.AccountsUrl(dataCenter, serverBase)!;
        var grant = await exchange!.ExchangeAsync(accounts, consent.ClientId, consent.ClientSecret, callback.Code, consent.RedirectUri, cancellationToken);
        if (!grant.Succeeded)
        {
            return consent with { Error = $"Signing in with Zoho failed: {grant.Error}." };
        }

        var choice = await organizations.ListAsync(new ZohoBooksConnection
        {
            DataCenter = dataCenter,
            ClientId = consent.ClientId,
            ClientSecret = consent.ClientSecret,
            RefreshToken = grant.RefreshToken!,
            AccountsUrl = accounts,
            ApiDomain = grant.ApiDomain ?? dataCenters.ApiDomain(dataCenter, serverBase),
        }, cancellationToken);
        return consent with
        {
            DataCenter = dataCenter,
            RefreshToken = choice.Error is null ? grant.RefreshToken : null,
            Organizations = choice.Organizations,
            Error = choice.Error,
        };
    }
}

/// <summary>The query Zoho redirects back with.</summary>
public sealed record ZohoCallback(string? State, string? Code, string? Error, string? AccountsServer);

public sealed record ZohoConsentStart(Uri? AuthorizeUrl, string? Error)
{
    public static ZohoConsentStart Failed(string error) => new(null, error);
}

/// <summary>The pending consent to show, or why the callback could not be tied to one.</summary>
public sealed record ZohoConsentCompletion(string? PendingId, ZohoConsentProblem? Problem);

public enum ZohoConsentProblem
{
    InvalidState,
    Expired,
    OtherUser,
}
