using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Auth;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.ZohoBooks;

/// <summary>
/// The Zoho Books v3 client for one organisation: token, <c>organization_id</c>, rate limit and envelope here;
/// one partial file per group of modules. Retries and timeouts live in the HttpClient's resilience handler.
/// </summary>
public sealed partial class ZohoBooksClient
{
    public const string HttpClientName = "FlowStudio.ZohoBooks.Api";

    private readonly HttpClient http;
    private readonly ZohoBooksConnection connection;
    private readonly ZohoTokenProvider tokens;
    private readonly ZohoRateLimiters limiters;
    private readonly ZohoBooksOptions options;
    private readonly ILogger logger;

    internal ZohoBooksClient(
        HttpClient http,
        ZohoBooksConnection connection,
        ZohoTokenProvider tokens,
        ZohoRateLimiters limiters,
        ZohoBooksOptions options,
        ILogger<ZohoBooksClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.tokens = tokens;
        this.limiters = limiters;
        this.options = options;
        this.logger = logger;
    }

    public string OrganizationId => connection.OrganizationId;

    public override string ToString() => $"ZohoBooksClient for {connection}";

    internal async Task<T> GetAsync<T>(string path, string key, ZohoQuery? query, CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Get, path, query, body: null, cancellationToken);
        return Read<T>(root, key);
    }

    internal async Task<T> PostAsync<T>(string path, string key, object body, ZohoQuery? query, CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Post, path, query, body, cancellationToken);
        return Read<T>(root, key);
    }

    internal async Task<T> PutAsync<T>(string path, string key, object body, CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Put, path, query: null, body, cancellationToken);
        return Read<T>(root, key);
    }

    internal async Task<ZohoActionResult> ActionAsync(string path, object? body, CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Post, path, query: null, body, cancellationToken);
        return new ZohoActionResult(root.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty);
    }

    internal async Task<ZohoPage<T>> ListPageAsync<T>(string path, string key, ZohoQuery? query, int page, int perPage, CancellationToken cancellationToken)
    {
        var paged = (query ?? new ZohoQuery()).Copy().Add("page", page).Add("per_page", perPage);
        var root = await SendAsync(HttpMethod.Get, path, paged, body: null, cancellationToken);
        var items = Read<List<T>>(root, key);
        var hasMore = root.TryGetProperty("page_context", out var context)
            && context.TryGetProperty("has_more_page", out var more)
            && more.ValueKind == JsonValueKind.True;
        return new ZohoPage<T>(items, page, perPage, hasMore);
    }

    /// <summary>Streams every page, fetching the next only when the caller has consumed the current one.</summary>
    internal async IAsyncEnumerable<T> ListAsync<T>(string path, string key, ZohoQuery? query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var result = await ListPageAsync<T>(path, key, query, page, options.PageSize, cancellationToken);
            foreach (var item in result.Items)
            {
                yield return item;
            }

            if (!result.HasMorePage || result.Items.Count == 0)
            {
                yield break;
            }
        }
    }

    /// <summary>Looks for the record an earlier attempt with the same idempotency marker created.</summary>
    internal async Task<T?> FindByMarkerAsync<T>(string path, string key, string marker, Func<T, string?> reference, ZohoQuery narrowing, CancellationToken cancellationToken)
        where T : class
    {
        await foreach (var item in ListAsync<T>(path, key, narrowing.With("reference_number_contains", marker), cancellationToken))
        {
            if (ZohoIdempotency.Matches(reference(item), marker))
            {
                LogIdempotentHit(logger, path, marker);
                return item;
            }
        }

        return null;
    }

    private static T Read<T>(JsonElement root, string key)
    {
        if (!root.TryGetProperty(key, out var element))
        {
            throw new ZohoBooksException(0, null, $"The Zoho response has no '{key}'.");
        }

        return element.Deserialize<T>(ZohoBooksJson.Options) ?? throw new ZohoBooksException(0, null, $"The Zoho response's '{key}' is null.");
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, ZohoQuery? query, object? body, CancellationToken cancellationToken)
    {
        using var lease = await limiters.AcquireAsync(connection.OrganizationId, connection.RequestsPerMinute, cancellationToken);
        var token = await tokens.GetAsync(connection, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var (status, text, retryAfter) = await SendOnceAsync(method, path, query, body, token, cancellationToken);
        if (status == HttpStatusCode.Unauthorized)
        {
            LogUnauthorized(logger, method.Method, path);
            token = await tokens.RenewAsync(connection, token, cancellationToken);
            (status, text, retryAfter) = await SendOnceAsync(method, path, query, body, token, cancellationToken);
        }

        var root = Parse(status, text);
        var code = root.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt32(out var parsed) ? parsed : (int?)null;
        LogCall(logger, method.Method, path, (int)status, code, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if ((int)status >= 400 || code is not (null or ZohoErrorCodes.Success))
        {
            var message = root.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
            var error = ZohoErrorMapper.Create(code ?? 0, (int)status, string.IsNullOrEmpty(message) ? $"Zoho Books answered HTTP {(int)status}." : message);
            if (error is ZohoBooksRateLimitException && retryAfter is not null)
            {
                error = new ZohoBooksRateLimitException(error.Code, error.HttpStatus, error.Message) { RetryAfter = retryAfter };
            }

            LogFailure(logger, method.Method, path, (int)status, code ?? 0, error.Kind);
            throw error;
        }

        return root;
    }

    private async Task<(HttpStatusCode Status, string Text, TimeSpan? RetryAfter)> SendOnceAsync(
        HttpMethod method,
        string path,
        ZohoQuery? query,
        object? body,
        ZohoAccessToken token,
        CancellationToken cancellationToken)
    {
        var baseUrl = token.ApiDomain.ToString().TrimEnd('/') + "/" + connection.BooksPath.Trim('/');
        var uri = new Uri($"{baseUrl}/{path}?organization_id={Uri.EscapeDataString(connection.OrganizationId)}{query?.ToQueryString()}");
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Authorization", "Zoho-oauthtoken " + token.Value);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: ZohoBooksJson.Options);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), RetryAfter(response));
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ZohoBooksTransientException(0, null, $"Zoho Books did not answer {method.Method} {path} in time or at all.", ex);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static JsonElement Parse(HttpStatusCode status, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : JsonDocument.Parse("{}").RootElement.Clone();
        }
        catch (JsonException) when ((int)status >= 400)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zoho Books {Method} {Path} answered {Status} with code {Code} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, int? code, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zoho Books {Method} {Path} failed: HTTP {Status}, code {Code} ({Kind})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, int code, ZohoErrorKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zoho Books {Method} {Path} answered 401; refreshing the token and retrying once")]
    private static partial void LogUnauthorized(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zoho Books {Path}: found the record of idempotency marker {Marker}; not creating another")]
    private static partial void LogIdempotentHit(ILogger logger, string path, string marker);
}
