using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Coupa;

/// <summary>
/// The Coupa core API client for one instance: suppliers listed with query arguments and <c>offset</c>/<c>limit</c>
/// paging (at most 50 a page, oldest change first), read by id and marked exported. Records stay Coupa's JSON, hyphenated
/// keys and all. Authenticates with an OAuth token (renewed once on 401) or <c>X-COUPA-API-KEY</c>.
/// </summary>
public sealed partial class CoupaClient
{
    public const string HttpClientName = "FlowStudio.Coupa.Api";

    private readonly HttpClient http;
    private readonly CoupaConnection connection;
    private readonly CoupaTokenProvider tokens;
    private readonly CoupaOptions options;
    private readonly ILogger logger;

    internal CoupaClient(HttpClient http, CoupaConnection connection, CoupaTokenProvider tokens, CoupaOptions options, ILogger<CoupaClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.tokens = tokens;
        this.options = options;
        this.logger = logger;
    }

    /// <summary>Records per request (Coupa's maximum is 50).</summary>
    public int PageSize => Math.Clamp(options.PageSize, 1, 50);

    public override string ToString() => $"CoupaClient for {connection}";

    /// <summary>One page: up to <paramref name="limit"/> suppliers from <paramref name="offset"/>, oldest change first.</summary>
    /// <exception cref="CoupaException">Coupa refused the query or could not be reached.</exception>
    public async Task<IReadOnlyList<JsonElement>> ListSuppliersPageAsync(CoupaSupplierFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var body = await SendAsync(HttpMethod.Get, "api/suppliers?" + Query(filter, offset, Math.Clamp(limit, 1, PageSize)), cancellationToken);
        return body.ValueKind == JsonValueKind.Array
            ? [.. body.EnumerateArray()]
            : throw new CoupaException("Coupa's answer to GET /api/suppliers is not a list of suppliers.", 502, "invalid_response", null);
    }

    /// <summary>Every matching supplier from <paramref name="offset"/>, page by page (offset += 50) until a short page.</summary>
    public async IAsyncEnumerable<JsonElement> ListSuppliersAsync(CoupaSupplierFilter filter, int offset, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await ListSuppliersPageAsync(filter, offset, PageSize, cancellationToken);
            foreach (var supplier in page)
            {
                yield return supplier;
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            offset += page.Count;
        }
    }

    /// <exception cref="CoupaException">404 when no supplier has this id.</exception>
    public Task<JsonElement> GetSupplierAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "api/suppliers/" + id.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary><c>PUT /api/suppliers/{id}?exported=true</c>: sets a flag, so repeating it is harmless. Returns the supplier.</summary>
    /// <exception cref="CoupaException">404 when no supplier has this id.</exception>
    public Task<JsonElement> MarkSupplierExportedAsync(long id, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, "api/suppliers/" + id.ToString(CultureInfo.InvariantCulture) + "?exported=true", cancellationToken);

    internal static string Query(CoupaSupplierFilter filter, int offset, int limit)
    {
        var query = new StringBuilder();
        void Add(string key, string value) => query.Append(query.Length == 0 ? string.Empty : "&").Append(key).Append('=').Append(Uri.EscapeDataString(value));
        if (filter.Status is { } status)
        {
            Add("status", status);
        }

        if (filter.NameContains is { } name)
        {
            Add("name[contains]", name);
        }

        if (filter.UpdatedAfter is { } after)
        {
            Add("updated-at[gt]", Instant(after));
        }

        if (filter.UpdatedBefore is { } before)
        {
            Add("updated-at[lt]", Instant(before));
        }

        if (filter.Exported is { } exported)
        {
            Add("exported", exported ? "true" : "false");
        }

        Add("order_by", "updated_at");
        Add("dir", "asc");
        Add("offset", offset.ToString(CultureInfo.InvariantCulture));
        Add("limit", limit.ToString(CultureInfo.InvariantCulture));
        return query.ToString();
    }

    /// <summary>Reads Coupa's error forms (<c>{"errors":{field:[…]}}</c>, <c>{"errors":[…]}</c>, OAuth <c>{"error","error_description"}</c>).</summary>
    internal static CoupaException Error(int status, string text, RetryConditionHeaderValue? retryAfter, string prefix = "Coupa")
    {
        string? code = null, message = null;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var oauth) && oauth.ValueKind == JsonValueKind.String)
            {
                code = oauth.GetString();
                message = root.TryGetProperty("error_description", out var description) ? description.GetString() : code;
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors))
            {
                message = Messages(errors);
            }
        }
        catch (JsonException)
        {
            // Not Coupa's JSON (an HTML error page from a proxy): the status alone decides.
        }

        code ??= status switch { 401 => "unauthorized", 403 => "forbidden", 404 => "not_found", 429 => "rate_limited", _ => null };
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new CoupaException($"{prefix}: {(string.IsNullOrWhiteSpace(message) ? "HTTP " + status.ToString(CultureInfo.InvariantCulture) : message)}", status, code, wait);
    }

    private static string? Messages(JsonElement errors) => errors.ValueKind switch
    {
        JsonValueKind.Object => string.Join("; ", errors.EnumerateObject().SelectMany(p =>
            (p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray() : Enumerable.Repeat(p.Value, 1))
                .Select(v => p.Name == "base" ? Text(v) : $"{p.Name} {Text(v)}"))),
        JsonValueKind.Array => string.Join("; ", errors.EnumerateArray().Select(Text)),
        JsonValueKind.String => errors.GetString(),
        _ => null,
    };

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Object when value.TryGetProperty("message", out var m) => m.GetString() ?? string.Empty,
        _ => value.GetRawText(),
    };

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString(at.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private async Task<JsonElement> SendAsync(HttpMethod method, string pathAndQuery, CancellationToken cancellationToken)
    {
        var uri = new Uri(connection.BaseUrl, pathAndQuery);
        var token = connection.UsesOAuth ? await tokens.GetAsync(connection, cancellationToken) : null;
        var (status, text, retryAfter) = await SendOnceAsync(method, uri, token, cancellationToken);
        if (status == 401 && token is not null)
        {
            LogUnauthorized(logger, method.Method, uri.AbsolutePath);
            tokens.Forget(connection, token);
            token = await tokens.GetAsync(connection, cancellationToken);
            (status, text, retryAfter) = await SendOnceAsync(method, uri, token, cancellationToken);
        }

        if (status >= 400)
        {
            var error = Error(status, text, retryAfter);
            LogFailure(logger, method.Method, uri.AbsolutePath, status, error.ErrorCode);
            throw error;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new CoupaException($"Coupa's answer to {method.Method} {uri.AbsolutePath} is not JSON: {ex.Message}", 502, "invalid_response", null, ex);
        }
    }

    private async Task<(int Status, string Text, RetryConditionHeaderValue? RetryAfter)> SendOnceAsync(HttpMethod method, Uri uri, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else
        {
            request.Headers.TryAddWithoutValidation("X-COUPA-API-KEY", connection.ApiKey);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            LogCall(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return ((int)response.StatusCode, text, response.Headers.RetryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new CoupaException($"Coupa did not answer {method.Method} {uri.AbsolutePath} in time or at all.", null, null, null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Coupa {Method} {Path} answered {Status} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Coupa {Method} {Path} failed: HTTP {Status}, {Code}")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Coupa {Method} {Path} answered 401; fetching a new token and retrying once")]
    private static partial void LogUnauthorized(ILogger logger, string method, string path);
}
