using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// Salesforce REST for one org: SOQL queries and their <c>nextRecordsUrl</c> batches, and get and PATCH of records.
/// Calls go to the session's <c>instance_url</c>; a 401 renews the session once; errors become <see cref="SalesforceApiException"/>.
/// </summary>
public sealed partial class SalesforceClient
{
    public const string HttpClientName = "FlowStudio.Salesforce.Api";

    private readonly HttpClient http;
    private readonly SalesforceConnection connection;
    private readonly SalesforceTokenProvider tokens;
    private readonly ILogger logger;

    internal SalesforceClient(HttpClient http, SalesforceConnection connection, SalesforceTokenProvider tokens, ILogger<SalesforceClient> logger)
    {
        this.http = http;
        this.connection = connection;
        this.tokens = tokens;
        this.logger = logger;
    }

    public override string ToString() => $"SalesforceClient for {connection}";

    /// <exception cref="SalesforceApiException">Salesforce refused the query (MALFORMED_QUERY, INVALID_FIELD …) or could not be reached.</exception>
    public async Task<SalesforceQueryPage> QueryAsync(string soql, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soql);
        return Page(await SendAsync(HttpMethod.Get, $"/services/data/{connection.ApiVersion}/query?q={Uri.EscapeDataString(soql)}", null, cancellationToken));
    }

    /// <summary>The batch behind a <c>nextRecordsUrl</c> (a path on the instance).</summary>
    /// <exception cref="SalesforceApiException">Salesforce refused or could not be reached.</exception>
    public async Task<SalesforceQueryPage> QueryMoreAsync(string nextRecordsUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(nextRecordsUrl) || !nextRecordsUrl.StartsWith("/services/data/", StringComparison.Ordinal))
        {
            throw new SalesforceApiException(null, "INVALID_QUERY_LOCATOR", $"'{nextRecordsUrl}' is not a Salesforce nextRecordsUrl.");
        }

        return Page(await SendAsync(HttpMethod.Get, nextRecordsUrl, null, cancellationToken));
    }

    /// <exception cref="SalesforceApiException">NOT_FOUND, INVALID_FIELD, or Salesforce could not be reached.</exception>
    public async Task<JsonElement> GetAsync(string sobject, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var query = fields.Count == 0 ? string.Empty : "?fields=" + Uri.EscapeDataString(string.Join(',', fields));
        return await SendAsync(HttpMethod.Get, $"/services/data/{connection.ApiVersion}/sobjects/{sobject}/{Uri.EscapeDataString(id)}{query}", null, cancellationToken);
    }

    /// <summary>Sets <paramref name="fields"/> on the record; Salesforce answers 204 with no body.</summary>
    /// <exception cref="SalesforceApiException">NOT_FOUND, INVALID_FIELD, INVALID_FIELD_FOR_INSERT_UPDATE, a bad picklist value …</exception>
    public async Task UpdateAsync(string sobject, string id, JsonElement fields, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Patch, $"/services/data/{connection.ApiVersion}/sobjects/{sobject}/{Uri.EscapeDataString(id)}", fields, cancellationToken);

    /// <summary>The org's instance address, for "test connection" (reads the API's resource list).</summary>
    public async Task<Uri> CheckAsync(CancellationToken cancellationToken)
    {
        await SendAsync(HttpMethod.Get, $"/services/data/{connection.ApiVersion}/", null, cancellationToken);
        return (await tokens.GetAsync(connection, cancellationToken)).InstanceUrl;
    }

    internal static JsonElement Parse(string text)
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

    private static SalesforceQueryPage Page(JsonElement body) => new(
        body.TryGetProperty("records", out var records) && records.ValueKind == JsonValueKind.Array ? [.. records.EnumerateArray()] : [],
        body.TryGetProperty("totalSize", out var total) && total.TryGetInt32(out var n) ? n : 0,
        body.TryGetProperty("done", out var done) && done.ValueKind == JsonValueKind.False && body.TryGetProperty("nextRecordsUrl", out var next) ? next.GetString() : null);

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, JsonElement? body, CancellationToken cancellationToken)
    {
        var session = await tokens.GetAsync(connection, cancellationToken);
        var (status, text) = await SendOnceAsync(method, session, path, body, cancellationToken);
        if (status == HttpStatusCode.Unauthorized)
        {
            LogRenewing(logger, method.Method, path.Split('?')[0]);
            session = await tokens.RenewAsync(connection, session, cancellationToken);
            (status, text) = await SendOnceAsync(method, session, path, body, cancellationToken);
        }

        var parsed = Parse(text);
        if ((int)status < 400)
        {
            return parsed;
        }

        var error = parsed.ValueKind == JsonValueKind.Array && parsed.GetArrayLength() > 0 ? parsed[0] : parsed;
        var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("errorCode", out var c) ? c.GetString() ?? $"HTTP_{(int)status}" : $"HTTP_{(int)status}";
        var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? (m.GetString() ?? string.Empty).Trim() : string.Empty;
        IReadOnlyList<string> fields = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? [.. f.EnumerateArray().Select(x => x.GetString() ?? string.Empty)]
            : [];
        LogFailure(logger, method.Method, path.Split('?')[0], (int)status, code);
        throw new SalesforceApiException(
            (int)status,
            code,
            $"Salesforce answered HTTP {(int)status} {code}{(message.Length > 0 ? ": " + LastLine(message) : ".")}",
            fields);
    }

    /// <summary>MALFORMED_QUERY messages repeat the query with a caret; the reason is on the last line.</summary>
    private static string LastLine(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 2 && lines[^2].StartsWith("ERROR at", StringComparison.Ordinal) ? $"{lines[^1]} ({lines[^2]})" : message;
    }

    private async Task<(HttpStatusCode Status, string Text)> SendOnceAsync(HttpMethod method, SalesforceSession session, string path, JsonElement? body, CancellationToken cancellationToken)
    {
        var uri = new Uri(session.InstanceUrl.ToString().TrimEnd('/') + path);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + session.AccessToken);
        request.Headers.Accept.ParseAdd("application/json");
        if (body is { } json)
        {
            request.Content = JsonContent.Create(json);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var usage = response.Headers.TryGetValues("Sforce-Limit-Info", out var values) ? string.Join(",", values) : "n/a";
            LogCall(logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds, usage);
            return (response.StatusCode, text);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new SalesforceApiException(null, "network_error", $"Salesforce did not answer {method.Method} {uri.AbsolutePath} in time or at all.", null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Salesforce {Method} {Path} answered {Status} in {ElapsedMs:0} ms ({Usage})")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, double elapsedMs, string usage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Salesforce {Method} {Path} failed: HTTP {Status} ({ErrorCode})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Salesforce {Method} {Path} answered 401; renewing the session and retrying once")]
    private static partial void LogRenewing(ILogger logger, string method, string path);
}
