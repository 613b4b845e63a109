using FlowStudio.Connectors.ZohoBooks;
using FlowStudio.Connectors.ZohoBooks.Errors;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Lists the Zoho Books organisations that OAuth credentials reach, for the organisation picker of a new real
/// Zoho connection (pasted refresh token or consent round trip). Unavailable when the Zoho Books client is not
/// registered on this server.
/// </summary>
public sealed class ZohoOrganizationLookup(SandboxAddress sandboxAddress, ZohoBooksClientFactory? factory = null, ZohoDataCenterCatalog? dataCenters = null)
{
    // The client is built for one organisation; GET /organizations ignores organization_id, so any value will do.
    private const string AnyOrganization = "0";

    private readonly ZohoDataCenterCatalog dataCenters = dataCenters ?? ZohoDataCenterCatalog.BuiltIn;

    public bool IsAvailable => factory is not null;

    public async Task<ZohoOrganizationChoice> ListAsync(
        string dataCenter, string clientId, string clientSecret, string refreshToken, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret) || string.IsNullOrWhiteSpace(refreshToken))
        {
            return ZohoOrganizationChoice.Failed("Enter the client id, client secret and refresh token first.");
        }

        if (dataCenters.UnknownProblem(dataCenter) is { } unknown)
        {
            return ZohoOrganizationChoice.Failed(unknown);
        }

        var connection = new ZohoBooksConnection
        {
            DataCenter = dataCenter,
            ClientId = clientId.Trim(),
            ClientSecret = clientSecret.Trim(),
            RefreshToken = refreshToken.Trim(),
        };
        try
        {
            dataCenters.Apply(connection, sandboxAddress.Resolve());
        }
        catch (InvalidOperationException e)
        {
            return ZohoOrganizationChoice.Failed(e.Message);
        }

        return await ListAsync(connection, cancellationToken);
    }

    /// <summary>The organisations <paramref name="connection"/>'s client and refresh token reach (its organisation id is ignored).</summary>
    public async Task<ZohoOrganizationChoice> ListAsync(ZohoBooksConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (factory is null)
        {
            return ZohoOrganizationChoice.Failed("The Zoho Books client is not installed on this server; type the organisation id instead.");
        }

        connection.OrganizationId = AnyOrganization;
        var client = factory.Create(connection);
        try
        {
            var organizations = await client.ListOrganizationsAsync(cancellationToken);
            return organizations.Count == 0
                ? ZohoOrganizationChoice.Failed("These credentials reach no Zoho Books organisation.")
                : new ZohoOrganizationChoice([.. organizations.Select(o => new KeyValuePair<string, string>(o.OrganizationId, o.Name))], null);
        }
        catch (ZohoBooksAuthenticationException)
        {
            return ZohoOrganizationChoice.Failed("Zoho refused the client id, client secret or refresh token for this data centre.");
        }
        catch (ZohoBooksException e)
        {
            return ZohoOrganizationChoice.Failed($"Zoho answered: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return ZohoOrganizationChoice.Failed($"Zoho could not be reached: {e.Message}");
        }
    }
}
