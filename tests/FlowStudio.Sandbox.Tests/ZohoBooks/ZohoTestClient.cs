using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.ZohoBooks;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

/// <summary>Talks to the sandbox the way a Zoho client does: token from the accounts server, then Books calls.</summary>
public sealed class ZohoTestClient(HttpClient http) : IDisposable
{
    private string? accessToken;

    public HttpClient Http { get; } = http;

    public async Task<string> AccessTokenAsync()
    {
        accessToken ??= (await RefreshAsync())["access_token"]!.GetValue<string>();
        return accessToken;
    }

    public void ForgetToken() => accessToken = null;

    public async Task<JsonNode> RefreshAsync(string clientSecret = ZohoSandboxDemo.ClientSecret)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ZohoSandboxDemo.ClientId,
            ["client_secret"] = clientSecret,
            ["refresh_token"] = ZohoSandboxDemo.RefreshToken,
        });
        using var response = await Http.PostAsync(new Uri("/sandbox/zoho-accounts/oauth/v2/token", UriKind.Relative), form, TestContext.Current.CancellationToken);
        return (await response.Content.ReadFromJsonAsync<JsonNode>(TestContext.Current.CancellationToken))!;
    }

    public Task<ZohoResponse> GetAsync(string path, string query = "") => SendAsync(HttpMethod.Get, path, query, body: null);

    public Task<ZohoResponse> PostAsync(string path, object? body = null, string query = "") => SendAsync(HttpMethod.Post, path, query, body);

    public Task<ZohoResponse> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, string.Empty, body);

    /// <summary>Sends a Books call; with the cached token it refreshes once on 401, as a real client does after expiry.</summary>
    public async Task<ZohoResponse> SendAsync(HttpMethod method, string path, string query, object? body, string? token = null, bool withOrganization = true)
    {
        var response = await SendOnceAsync(method, path, query, body, token, withOrganization);
        if (token is null && response.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            ForgetToken();
            response = await SendOnceAsync(method, path, query, body, token, withOrganization);
        }

        return response;
    }

    private async Task<ZohoResponse> SendOnceAsync(HttpMethod method, string path, string query, object? body, string? token, bool withOrganization)
    {
        var organization = withOrganization ? $"organization_id={ZohoSandboxDemo.OrganizationId}" : string.Empty;
        var separator = query.Length > 0 && organization.Length > 0 ? "&" : string.Empty;
        using var request = new HttpRequestMessage(method, new Uri($"{ZohoSandboxDemo.BooksPath}/{path}?{organization}{separator}{query}", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + (token ?? await AccessTokenAsync()));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await ReadAsync(await Http.SendAsync(request, TestContext.Current.CancellationToken));
    }

    public async Task<ZohoResponse> AdminAsync(HttpMethod method, string path, object? body = null, bool asAdmin = true)
    {
        using var request = new HttpRequestMessage(method, new Uri($"/sandbox/zoho/_admin/{path}", UriKind.Relative));
        if (asAdmin)
        {
            request.Headers.Add(TestAdminAuthHandler.Header, "yes");
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await ReadAsync(await Http.SendAsync(request, TestContext.Current.CancellationToken));
    }

    public async Task<List<JsonNode>> ListAllAsync(string path, string key, string query = "")
    {
        var all = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var response = await GetAsync(path, $"per_page=200&page={page}" + (query.Length > 0 ? "&" + query : string.Empty));
            all.AddRange(response[key].AsArray().Select(n => n!));
            if (!response["page_context"]["has_more_page"]!.GetValue<bool>())
            {
                return all;
            }
        }
    }

    public void Dispose() => Http.Dispose();

    private static async Task<ZohoResponse> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
            return new ZohoResponse(response.StatusCode, body, response.Headers);
        }
    }
}
