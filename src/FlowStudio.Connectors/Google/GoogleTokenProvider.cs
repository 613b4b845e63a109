using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace FlowStudio.Connectors.Google;

/// <summary>
/// Access tokens for Google APIs from a refresh token (<c>grant_type=refresh_token</c>), cached per client and refresh
/// token and renewed shortly before expiry or when an API answers 401. One refresh at a time per credential.
/// </summary>
public sealed class GoogleTokenProvider(IHttpClientFactory httpClientFactory, IOptions<GoogleApiOptions> options, TimeProvider time) : IDisposable
{
    public const string HttpClientName = "FlowStudio.Google.OAuth";

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset RefreshAt)> cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim refreshGate = new(1, 1);

    public async Task<string> GetAsync(GoogleOAuthCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        if (cache.TryGetValue(credentials.CacheKey, out var entry) && entry.RefreshAt > time.GetUtcNow())
        {
            return entry.Token;
        }

        return await RenewAsync(credentials, stale: null, cancellationToken);
    }

    /// <summary>Fetches a new token unless another caller already replaced <paramref name="stale"/>.</summary>
    public async Task<string> RenewAsync(GoogleOAuthCredentials credentials, string? stale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        await refreshGate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(credentials.CacheKey, out var entry) && entry.Token != stale && entry.RefreshAt > time.GetUtcNow())
            {
                return entry.Token;
            }

            var (token, lifetime) = await RequestAsync(credentials, cancellationToken);
            var margin = TimeSpan.FromTicks(Math.Min(options.Value.TokenRefreshMargin.Ticks, lifetime.Ticks / 2));
            cache[credentials.CacheKey] = (token, time.GetUtcNow() + lifetime - margin);
            return token;
        }
        finally
        {
            refreshGate.Release();
        }
    }

    public void Dispose() => refreshGate.Dispose();

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(GoogleOAuthCredentials credentials, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = credentials.ClientId,
            ["client_secret"] = credentials.ClientSecret,
            ["refresh_token"] = credentials.RefreshToken,
        });
        HttpResponseMessage response;
        try
        {
            response = await httpClientFactory.CreateClient(HttpClientName).PostAsync(credentials.TokenUrl, form, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new GoogleApiException(null, "UNAVAILABLE", "network_error", "Google's token endpoint did not answer in time or at all.", null, ex);
        }

        using (response)
        {
            var body = GoogleApiCaller.ParseOrEmpty(await response.Content.ReadAsStringAsync(cancellationToken));
            if (response.IsSuccessStatusCode && body.TryGetProperty("access_token", out var token) && token.GetString() is { Length: > 0 } value)
            {
                var seconds = body.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var s) ? s : 3600;
                return (value, TimeSpan.FromSeconds(seconds));
            }

            var error = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : "token_error";
            throw new GoogleApiException(
                (int)response.StatusCode,
                "UNAUTHENTICATED",
                error,
                error == "invalid_grant"
                    ? "Google refused the refresh token (invalid_grant): it was revoked or expired; reconnect the account."
                    : $"Google's token endpoint refused the client ({error}).");
        }
    }
}
