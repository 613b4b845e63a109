using System.Collections.Concurrent;
using System.Text.Json;
using Polly.Timeout;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// Sessions from a refresh token (<c>POST {login}/services/oauth2/token</c>, <c>grant_type=refresh_token</c>), cached per
/// connected app and refresh token. Salesforce gives no expiry: a session is renewed when the API answers 401
/// INVALID_SESSION_ID. One renewal at a time per credential.
/// </summary>
public sealed class SalesforceTokenProvider(IHttpClientFactory httpClientFactory) : IDisposable
{
    public const string HttpClientName = "FlowStudio.Salesforce.OAuth";

    private readonly ConcurrentDictionary<string, SalesforceSession> cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<SalesforceSession> GetAsync(SalesforceConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return cache.TryGetValue(connection.CacheKey, out var session) ? session : await RenewAsync(connection, null, cancellationToken);
    }

    /// <summary>A new session unless another caller already replaced <paramref name="stale"/>.</summary>
    public async Task<SalesforceSession> RenewAsync(SalesforceConnection connection, SalesforceSession? stale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(connection.CacheKey, out var current) && current != stale)
            {
                return current;
            }

            var session = await RequestAsync(connection, cancellationToken);
            cache[connection.CacheKey] = session;
            return session;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<SalesforceSession> RequestAsync(SalesforceConnection connection, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = connection.ClientId,
            ["client_secret"] = connection.ClientSecret,
            ["refresh_token"] = connection.RefreshToken,
        });
        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName).PostAsync(new Uri(connection.LoginUrl, "services/oauth2/token"), form, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SalesforceApiException(null, "network_error", "Salesforce's token endpoint did not answer in time or at all.", null, ex);
        }

        using (response)
        {
            var body = SalesforceClient.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (response.IsSuccessStatusCode && body.ValueKind == JsonValueKind.Object
                && body.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value
                && body.TryGetProperty("instance_url", out var instance) && Uri.TryCreate(instance.GetString(), UriKind.Absolute, out var instanceUrl))
            {
                return new SalesforceSession(value, instanceUrl);
            }

            var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) ? e.GetString() ?? "token_error" : "token_error";
            var description = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error_description", out var d) ? d.GetString() : null;
            throw new SalesforceApiException(
                (int)response.StatusCode,
                error,
                error == "invalid_grant"
                    ? "Salesforce refused the refresh token (invalid_grant): it was revoked or expired; reconnect the org."
                    : $"Salesforce's token endpoint refused the connected app ({error}{(description is null ? string.Empty : ": " + description)}).");
        }
    }
}
