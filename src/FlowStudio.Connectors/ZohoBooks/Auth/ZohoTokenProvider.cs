using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>
/// Access tokens per connection, refreshed through the refresh-token grant before they expire. Zoho blocks a
/// refresh token after 10 access tokens in 10 minutes, so concurrent callers share one in-flight refresh and
/// a 401 only refreshes when the rejected token is still the cached one.
/// </summary>
public sealed partial class ZohoTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<ZohoBooksOptions> options,
    TimeProvider time,
    ILogger<ZohoTokenProvider> logger)
{
    public const string HttpClientName = "FlowStudio.ZohoBooks.Accounts";

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async ValueTask<ZohoAccessToken> GetAsync(ZohoBooksConnection connection, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(connection.CacheKey, _ => new Entry());
        var current = entry.Token;
        if (current is not null && time.GetUtcNow() < current.RefreshAt)
        {
            return current;
        }

        return await RefreshAsync(connection, entry, stale: current, cancellationToken);
    }

    /// <summary>Called after a 401: refreshes unless another caller already replaced <paramref name="rejected"/>.</summary>
    public async ValueTask<ZohoAccessToken> RenewAsync(ZohoBooksConnection connection, ZohoAccessToken rejected, CancellationToken cancellationToken)
    {
        var entry = entries.GetOrAdd(connection.CacheKey, _ => new Entry());
        return await RefreshAsync(connection, entry, stale: rejected, cancellationToken);
    }

    private async ValueTask<ZohoAccessToken> RefreshAsync(ZohoBooksConnection connection, Entry entry, ZohoAccessToken? stale, CancellationToken cancellationToken)
    {
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            var current = entry.Token;
            if (current is not null && !ReferenceEquals(current, stale) && time.GetUtcNow() < current.RefreshAt)
            {
                return current;
            }

            entry.Token = await RequestAsync(connection, cancellationToken);
            return entry.Token;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    private async Task<ZohoAccessToken> RequestAsync(ZohoBooksConnection connection, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var accounts = connection.ResolveAccountsUrl().ToString().TrimEnd('/');
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = connection.ClientId,
            ["client_secret"] = connection.ClientSecret,
            ["refresh_token"] = connection.RefreshToken,
        });

        ZohoTokenResponse? body;
        try
        {
            using var response = await http.PostAsync(new Uri(accounts + "/oauth/v2/token"), form, cancellationToken);
            if ((int)response.StatusCode >= 500)
            {
                throw new ZohoBooksTransientException(0, (int)response.StatusCode, "The Zoho accounts server failed to issue an access token.");
            }

            body = await response.Content.ReadFromJsonAsync<ZohoTokenResponse>(ZohoBooksJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TimeoutException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ZohoBooksTransientException(0, null, "The Zoho accounts server could not be reached.", ex);
        }

        if (body is null || body.Error is not null || string.IsNullOrEmpty(body.AccessToken))
        {
            LogRefreshRefused(logger, connection.OrganizationId, body?.Error ?? "empty response");
            throw new ZohoBooksAuthenticationException(
                ZohoErrorCodes.Unauthorized,
                httpStatus: null,
                $"Zoho refused the refresh token grant: {body?.Error ?? "empty response"}.")
            {
                OAuthError = body?.Error,
            };
        }

        var now = time.GetUtcNow();
        var lifetime = TimeSpan.FromSeconds(body.ExpiresIn is > 0 ? body.ExpiresIn.Value : 3600);
        var margin = TimeSpan.FromTicks(Math.Min(options.Value.TokenRefreshMargin.Ticks, lifetime.Ticks / 2));
        var apiDomain = connection.ApiDomain
            ?? (Uri.TryCreate(body.ApiDomain, UriKind.Absolute, out var fromToken) ? fromToken : ZohoDataCenters.ApiDomain(connection.DataCenter));
        LogRefreshed(logger, connection.OrganizationId, lifetime);
        return new ZohoAccessToken(body.AccessToken, apiDomain, now + lifetime - margin, now + lifetime);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refreshed the Zoho Books access token for organization {OrganizationId}; it lives {Lifetime}")]
    private static partial void LogRefreshed(ILogger logger, string organizationId, TimeSpan lifetime);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zoho refused the refresh token grant for organization {OrganizationId}: {Error}")]
    private static partial void LogRefreshRefused(ILogger logger, string organizationId, string error);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ZohoAccessToken? Token { get; set; }
    }
}
