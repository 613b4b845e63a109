using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Connectors.HubSpot.Models;
using FlowStudio.Connectors.Kit;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.HubSpot;

/// <summary>
/// The HubSpot CRM client for one portal: Bearer token, client-side rate limit, search paging by
/// <c>paging.next.after</c> and HubSpot's error body. Searches and batch reads are POSTs that change nothing,
/// so they are marked safe to retry; creating a note is retried only after a 429.
/// </summary>
public sealed partial class HubSpotClient
{
    public const string HttpClientName = "FlowStudio.HubSpot.Api";

    /// <summary>HubSpot-defined association types: note → contact.</summary>
    public const int NoteToContact = 202;

    private readonly HttpClient http;
    private readonly HubSpotConnection connection;
    private readonly KeyedRateLimiters limiters;
    private readonly HubSpotOptions options;
    private readonly ILogger logger;

    internal HubSpotClient(HttpClient http, HubSpotConnection connection, KeyedRateLimiters limiters, HubSpotOptions options, ILogger<HubSpotClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.limiters = limiters;
        this.options = options;
        this.logger = logger;
    }

    public override string ToString() => $"HubSpotClient for {connection}";

    /// <summary>Streams the matching deals page by page (<c>after</c>), oldest modification first.</summary>
    public async IAsyncEnumerable<HubSpotObject> SearchDealsAsync(HubSpotDealSearch search, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        string? after = null;
        do
        {
            var body = new
            {
                filterGroups = search.Filters.Count == 0 ? [] : new[] { new { filters = search.Filters } },
                properties = search.Properties,
                sorts = new[] { new { propertyName = "hs_lastmodifieddate", direction = "ASCENDING" } },
                limit = options.PageSize,
                after,
            };
            var (_, text) = await SendAsync(HttpMethod.Post, "crm/v3/objects/deals/search", body, safeToRetry: true, cancellationToken);
            var page = Deserialize<HubSpotSearchPage>(text);
            foreach (var deal in page.Results)
            {
                yield return deal;
            }

            after = page.Results.Count == 0 ? null : page.Paging?.Next?.After;
        }
        while (after is not null);
    }

    public async Task<HubSpotObject> GetDealAsync(string id, IReadOnlyList<string> properties, IReadOnlyList<string> associations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(associations);
        var query = $"?properties={Uri.EscapeDataString(string.Join(',', properties))}&associations={Uri.EscapeDataString(string.Join(',', associations))}";
        var (_, text) = await SendAsync(HttpMethod.Get, $"crm/v3/objects/deals/{Uri.EscapeDataString(id)}{query}", null, safeToRetry: true, cancellationToken);
        return Deserialize<HubSpotObject>(text);
    }

    /// <summary>Up to 100 line items; ids HubSpot cannot find come back in <see cref="HubSpotBatchRead.MissingIds"/> (a 207).</summary>
    public async Task<HubSpotBatchRead> ReadLineItemsAsync(IReadOnlyList<string> ids, IReadOnlyList<string> properties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var body = new { inputs = ids.Select(id => new { id }), properties };
        var (_, text) = await SendAsync(HttpMethod.Post, "crm/v3/objects/line_items/batch/read", body, safeToRetry: true, cancellationToken);
        using var document = JsonDocument.Parse(text);
        var results = document.RootElement.GetProperty("results").Deserialize<List<HubSpotObject>>(HubSpotJson.Options) ?? [];
        var missing = new List<string>();
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.TryGetProperty("context", out var context) && context.TryGetProperty("ids", out var missingIds))
                {
                    missing.AddRange(missingIds.EnumerateArray().Select(i => i.ToString()));
                }
            }
        }

        return new HubSpotBatchRead(results, missing);
    }

    /// <summary>Sets deal properties (PATCH: repeating it leaves the same values).</summary>
    public async Task<HubSpotObject> UpdateDealAsync(string id, IReadOnlyDictionary<string, string> properties, CancellationToken cancellationToken)
    {
        var (_, text) = await SendAsync(HttpMethod.Patch, $"crm/v3/objects/deals/{Uri.EscapeDataString(id)}", new { properties }, safeToRetry: true, cancellationToken);
        return Deserialize<HubSpotObject>(text);
    }

    public async Task<HubSpotObject> CreateNoteForContactAsync(string contactId, string body, DateTimeOffset timestamp, CancellationToken cancellationToken)
    {
        var request = new
        {
            properties = new Dictionary<string, string>
            {
                ["hs_timestamp"] = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                ["hs_note_body"] = body,
            },
            associations = new[]
            {
                new { to = new { id = contactId }, types = new[] { new { associationCategory = "HUBSPOT_DEFINED", associationTypeId = NoteToContact } } },
            },
        };
        var (_, text) = await SendAsync(HttpMethod.Post, "crm/v3/objects/notes", request, safeToRetry: false, cancellationToken);
        return Deserialize<HubSpotObject>(text);
    }

    private static T Deserialize<T>(string text) =>
        JsonSerializer.Deserialize<T>(text, HubSpotJson.Options) ?? throw new HubSpotException("HubSpot answered with an empty body.", 502, "INVALID_RESPONSE", null, null);

    private async Task<(int Status, string Text)> SendAsync(HttpMethod method, string path, object? body, bool safeToRetry, CancellationToken cancellationToken)
    {
        using var lease = await limiters.AcquireAsync(connection.LimiterKey, connection.RequestsPerSecond, connection.RequestsPerSecond * 10, options.RateLimitQueueLimit, cancellationToken)
            ?? throw new HubSpotException("The client-side HubSpot request limit is exhausted.", 429, "RATE_LIMITS", null, null);
        using var request = new HttpRequestMessage(method, new Uri(connection.BaseUrl, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.AccessToken);
        request.Options.Set(ConnectorResilience.SafeToRetry, safeToRetry);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: HubSpotJson.Options);
        }

        var started = Stopwatch.GetTimestamp();
        var logPath = path.Split('?')[0];
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            LogCall(logger, method.Method, logPath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                var error = Error((int)response.StatusCode, text, response.Headers.RetryAfter);
                LogFailure(logger, method.Method, logPath, (int)response.StatusCode, error.ErrorCode, error.CorrelationId);
                throw error;
            }

            return ((int)response.StatusCode, text);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new HubSpotException($"HubSpot did not answer {method.Method} {logPath} in time or at all.", null, null, null, null, ex);
        }
        catch (JsonException ex)
        {
            throw new HubSpotException($"HubSpot's answer to {method.Method} {logPath} is not the expected JSON: {ex.Message}", 502, "INVALID_RESPONSE", null, null, ex);
        }
    }

    private static HubSpotException Error(int status, string text, RetryConditionHeaderValue? retryAfter)
    {
        string? message = null, category = null, correlation = null;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                message = root.TryGetProperty("message", out var m) ? m.GetString() : null;
                category = root.TryGetProperty("category", out var c) ? c.GetString() : null;
                correlation = root.TryGetProperty("correlationId", out var id) ? id.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not HubSpot's body: the status alone decides.
        }

        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new HubSpotException(message ?? $"HubSpot answered HTTP {status}.", status, category, correlation, wait);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "HubSpot {Method} {Path} answered {Status} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HubSpot {Method} {Path} failed: HTTP {Status}, {Category} (correlation {CorrelationId})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string? category, string? correlationId);
}
