using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace FlowStudio.Connectors.Ramp;

/// <summary>
/// Client-credentials tokens (<c>POST /developer/v1/token</c>, Basic auth), cached per client and scope set and
/// renewed shortly before expiry; one fetch at a time per client so parallel steps share a token.
/// </summary>
public sealed partial class RampTokenProvider(IHttpClientFactory httpClientFactory, IOptions<RampOptions> options, TimeProvider time, ILogger<RampTokenProvider> logger)
{
    public const string HttpClientName = "FlowStudio.Ramp.Token";

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(RampConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (cache.TryGetValue(connection.CacheKey, out var cached) && cached.Expires - options.Value.TokenRefreshMargin > time.GetUtcNow())
        {
            return cached.Token;
        }

        var gate = gates.GetOrAdd(connection.CacheKey, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(connection.CacheKey, out cached) && cached.Expires - options.Value.TokenRefreshMargin > time.GetUtcNow())
            {
                return cached.Token;
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
    public void Forget(RampConnection connection, string rejected)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (cache.TryGetValue(connection.CacheKey, out var cached) && cached.Token == rejected)
        {
            cache.TryRemove(connection.CacheKey, out _);
        }
    }

    private async Task<(string Token, DateTimeOffset Expires)> FetchAsync(RampConnection connection, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connection.BaseUrl, "developer/v1/token"))
        {
            Content = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("scope", connection.Scopes)]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(connection.ClientId + ":" + connection.ClientSecret)));
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                throw RampClient.Error((int)response.StatusCode, text, response.Headers.RetryAfter, "Ramp refused the client credentials");
            }

            using var document = JsonDocument.Parse(text);
            var token = document.RootElement.GetProperty("access_token").GetString() ?? throw new RampException("Ramp's token answer has no access_token.", 502, "invalid_response", null);
            var seconds = document.RootElement.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 3600;
            LogIssued(logger, seconds);
            return (token, time.GetUtcNow().AddSeconds(seconds));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new RampException("Ramp's token endpoint did not answer in time or at all.", null, null, null, ex);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new RampException("Ramp's token answer is not the expected JSON.", 502, "invalid_response", null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched a Ramp access token valid for {Seconds} s")]
    private static partial void LogIssued(ILogger logger, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ramp's token endpoint answered {Status}")]
    private static partial void LogRefused(ILogger logger, int status);
}
