using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// Client-credentials tokens (<c>POST {instance}/oauth2/token</c>, form with client id, secret and scopes; Coupa issues
/// them for 24 hours), cached per client and scope set and renewed shortly before expiry; one fetch at a time per client.
/// </summary>
public sealed partial class CoupaTokenProvider(IHttpClientFactory httpClientFactory, IOptions<CoupaOptions> options, TimeProvider time, ILogger<CoupaTokenProvider> logger)
{
    public const string HttpClientName = "FlowStudio.Coupa.Token";

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(CoupaConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (TryCached(connection, out var token))
        {
            return token;
        }

        var gate = gates.GetOrAdd(connection.CacheKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (TryCached(connection, out token))
            {
                return token;
            }

            var fresh = await FetchAsync(connection, cancellationToken);
            cache[connection.CacheKey] = fresh;
            return fresh.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Drops <paramref name="rejected"/> (the API answered 401) so the next <see cref="GetAsync"/> fetches anew.</summary>
    public void Forget(CoupaConnection connection, string rejected)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (cache.TryGetValue(connection.CacheKey, out var cached) && cached.Token == rejected)
        {
            cache.TryRemove(connection.CacheKey, out _);
        }
    }

    private bool TryCached(CoupaConnection connection, out string token)
    {
        token = string.Empty;
        if (cache.TryGetValue(connection.CacheKey, out var cached) && cached.Expires - options.Value.TokenRefreshMargin > time.GetUtcNow())
        {
            token = cached.Token;
            return true;
        }

        return false;
    }

    private async Task<(string Token, DateTimeOffset Expires)> FetchAsync(CoupaConnection connection, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connection.BaseUrl, "oauth2/token"))
        {
            Content = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", connection.ClientId ?? string.Empty),
                new("client_secret", connection.ClientSecret ?? string.Empty),
                new("scope", connection.Scopes),
            ]),
        };
        request.Headers.Accept.ParseAdd("application/json");
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                throw CoupaClient.Error((int)response.StatusCode, text, response.Headers.RetryAfter, "Coupa refused the OAuth client");
            }

            using var document = JsonDocument.Parse(text);
            var token = document.RootElement.GetProperty("access_token").GetString() is { Length: > 0 } value
                ? value
                : throw new CoupaException("Coupa's token answer has an empty access_token.", 502, "invalid_response", null);
            var seconds = document.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
            LogIssued(logger, seconds);
            return (token, time.GetUtcNow().AddSeconds(seconds));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CoupaException("Coupa's token endpoint did not answer in time or at all.", null, null, null, ex);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new CoupaException("Coupa's token answer is not the expected JSON.", 502, "invalid_response", null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a Coupa access token valid for {Seconds} s")]
    private static partial void LogIssued(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coupa's token endpoint answered {Status}")]
    private static partial void LogRefused(ILogger logger, int status);
}
