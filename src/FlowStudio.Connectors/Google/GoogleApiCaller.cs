using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Google;

/// <summary>
/// One authenticated JSON call to a Google API: bearer token from <see cref="GoogleTokenProvider"/>, one renewal and
/// retry on 401, Google's error envelope turned into <see cref="GoogleApiException"/>. Retries of throttled and failed
/// reads live in the HttpClient's resilience handler (<see cref="GoogleResilience"/>).
/// </summary>
public sealed partial class GoogleApiCaller(HttpClient http, GoogleOAuthCredentials credentials, GoogleTokenProvider tokens, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <exception cref="GoogleApiException">Google refused the call or could not be reached.</exception>
    public async Task<JsonElement> SendAsync(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var token = await tokens.GetAsync(credentials, cancellationToken);
        var (status, text, retryAfter) = await SendOnceAsync(method, uri, body, token, cancellationToken);
        if (status == HttpStatusCode.Unauthorized)
        {
            LogUnauthorized(logger, method.Method, uri.AbsolutePath);
            token = await tokens.RenewAsync(credentials, token, cancellationToken);
            (status, text, retryAfter) = await SendOnceAsync(method, uri, body, token, cancellationToken);
        }

        var root = ParseOrEmpty(text);
        if ((int)status < 400)
        {
            return root;
        }

        var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : default;
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
        var canonical = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("status", out var s) ? s.GetString() ?? string.Empty : string.Empty;
        var reason = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("reason", out var r) ? r.GetString() ?? string.Empty : string.Empty;
        reason = reason.Length > 0 ? reason : canonical.Length > 0 ? canonical.ToLowerInvariant() : $"http_{(int)status}";
        LogFailure(logger, method.Method, uri.AbsolutePath, (int)status, reason);
        throw new GoogleApiException(
            (int)status,
            canonical.Length > 0 ? canonical : $"HTTP_{(int)status}",
            reason,
            message.Length > 0 ? $"Google answered HTTP {(int)status} ({reason}): {message}" : $"Google answered HTTP {(int)status} ({reason}).",
            retryAfter);
    }

    internal static JsonElement ParseOrEmpty(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            using var empty = JsonDocument.Parse("{}");
            return empty.RootElement.Clone();
        }
    }

    private async Task<(HttpStatusCode Status, string Text, TimeSpan? RetryAfter)> SendOnceAsync(
        HttpMethod method, Uri uri, object? body, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var retryAfter = response.Headers.RetryAfter is { } header
                ? header.Delta ?? (header.Date is { } date ? date - DateTimeOffset.UtcNow : null)
                : null;
            LogCall(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return (response.StatusCode, text, retryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new GoogleApiException(null, "UNAVAILABLE", "network_error", $"Google did not answer {method.Method} {uri.AbsolutePath} in time or at all.", null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Google {Method} {Path} answered {Status} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google {Method} {Path} failed: HTTP {Status} ({Reason})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Google {Method} {Path} answered 401; renewing the access token and retrying once")]
    private static partial void LogUnauthorized(ILogger logger, string method, string path);
}
