using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Http;

namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>
/// The second half of Zoho's authorization-code flow: <c>POST {accounts-server}/oauth/v2/token</c> with
/// <c>grant_type=authorization_code</c>. The caller decides which accounts server may be asked (see
/// <see cref="ZohoDataCenterCatalog.KeyOfAccountsServer"/>); this class never picks one from user input.
/// </summary>
public sealed class ZohoAuthorizationCodeExchange(IHttpClientFactory httpClientFactory)
{
    public async Task<ZohoCodeGrant> ExchangeAsync(
        Uri accountsServer, string clientId, string clientSecret, string code, Uri redirectUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountsServer);
        ArgumentNullException.ThrowIfNull(redirectUri);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["client_secret"] = clientSecret,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code"] = code,
        });
        ZohoTokenResponse? body;
        try
        {
            var http = httpClientFactory.CreateClient(ZohoTokenProvider.HttpClientName);
            using var response = await http.PostAsync(new Uri(accountsServer.ToString().TrimEnd('/') + "/oauth/v2/token"), form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ZohoCodeGrant.Failed($"the Zoho accounts server answered HTTP {(int)response.StatusCode}");
            }

            body = await response.Content.ReadFromJsonAsync<ZohoTokenResponse>(ZohoBooksJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return ZohoCodeGrant.Failed("the Zoho accounts server could not be reached");
        }

        if (body is null || body.Error is not null || string.IsNullOrEmpty(body.RefreshToken))
        {
            return ZohoCodeGrant.Failed(body?.Error is { } error ? $"Zoho refused the code ({error})" : "Zoho returned no refresh token");
        }

        return new ZohoCodeGrant(body.RefreshToken, Uri.TryCreate(body.ApiDomain, UriKind.Absolute, out var api) ? api : null, null);
    }
}
