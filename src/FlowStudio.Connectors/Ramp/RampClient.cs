using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Ramp.Models;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Ramp;

/// <summary>
/// The Ramp Developer API client for one business: client-credentials token (renewed once on 401), rate limit,
/// and <c>page.next</c> paging followed until null.
/// </summary>
public sealed partial class RampClient
{
    public const string HttpClientName = "FlowStudio.Ramp.Api";

    private readonly HttpClient http;
    private readonly RampConnection connection;
    private readonly RampTokenProvider tokens;
    private readonly KeyedRateLimiters limiters;
    private readonly RampOptions options;
    private readonly ILogger logger;
    private readonly Uri apiRoot;

    internal RampClient(HttpClient http, RampConnection connection, RampTokenProvider tokens, KeyedRateLimiters limiters, RampOptions options, ILogger<RampClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.tokens = tokens;
        this.limiters = limiters;
        this.options = options;
        this.logger = logger;
        apiRoot = new Uri(connection.BaseUrl, "developer/v1/");
    }

    public override string ToString() => $"RampClient for {connection}";

    public IAsyncEnumerable<RampTransaction> ListTransactionsAsync(RampListFilter filter, CancellationToken cancellationToken) =>
        ListAsync<RampTransaction>("transactions", filter, cancellationToken);

    public Task<RampTransaction> GetTransactionAsync(string id, CancellationToken cancellationToken) =>
        GetJsonAsync<RampTransaction>(new Uri(apiRoot, "transactions/" + Uri.EscapeDataString(id)), cancellationToken);

    public IAsyncEnumerable<RampReimbursement> ListReimbursementsAsync(RampListFilter filter, CancellationToken cancellationToken) =>
        ListAsync<RampReimbursement>("reimbursements", filter with { State = null }, cancellationToken);

    public Task<RampReimbursement> GetReimbursementAsync(string id, CancellationToken cancellationToken) =>
        GetJsonAsync<RampReimbursement>(new Uri(apiRoot, "reimbursements/" + Uri.EscapeDataString(id)), cancellationToken);

    internal static RampException Error(int status, string text, RetryConditionHeaderValue? retryAfter, string prefix = "Ramp")
    {
        string? code = null, message = null;
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(text) ? "{}" : text);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                var error = root.TryGetProperty("error_v2", out var v2) ? v2 : root;
                if (error.TryGetProperty("error", out var oauth) && oauth.ValueKind == JsonValueKind.String)
                {
                    code = oauth.GetString();
                    message = error.TryGetProperty("error_description", out var description) ? description.GetString() : code;
                }
                else
                {
                    code = error.TryGetProperty("error_code", out var c) ? c.GetString() : null;
                    message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // Not Ramp's body: the status alone decides.
        }

        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return new RampException($"{prefix}: {message ?? "HTTP " + status}", status, code, wait);
    }

    /// <summary>Follows <c>page.next</c> (only on Ramp's own host: the token is never sent elsewhere).</summary>
    private async IAsyncEnumerable<T> ListAsync<T>(string resource, RampListFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = "?page_size=" + options.PageSize.ToString(CultureInfo.InvariantCulture)
            + (filter.FromDate is { } from ? "&from_date=" + Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture)) : string.Empty)
            + (filter.ToDate is { } to ? "&to_date=" + Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture)) : string.Empty)
            + (filter.State is { } state ? "&state=" + Uri.EscapeDataString(state) : string.Empty);
        Uri? next = new(apiRoot, resource + query);
        while (next is not null)
        {
            var page = await GetJsonAsync<RampPage<T>>(next, cancellationToken);
            foreach (var item in page.Data)
            {
                yield return item;
            }

            next = page.Data.Count == 0 ? null : page.Page?.Next;
            if (next is not null && !string.Equals(next.Authority, apiRoot.Authority, StringComparison.OrdinalIgnoreCase))
            {
                throw new RampException($"Ramp's page.next points to another host ({next.Host}); not following it.", 502, "invalid_response", null);
            }
        }
    }

    private async Task<T> GetJsonAsync<T>(Uri uri, CancellationToken cancellationToken)
    {
        using var lease = await limiters.AcquireAsync("ramp:" + KeyedRateLimiters.Fingerprint(connection.CacheKey), connection.RequestsPerSecond, connection.RequestsPerSecond, options.RateLimitQueueLimit, cancellationToken)
            ?? throw new RampException("The client-side Ramp request limit is exhausted.", 429, "RATE_LIMITED", null);
        var token = await tokens.GetAsync(connection, cancellationToken);
        var (status, text, retryAfter) = await SendAsync(uri, token, cancellationToken);
        if (status == 401)
        {
            LogUnauthorized(logger, uri.AbsolutePath);
            tokens.Forget(connection, token);
            token = await tokens.GetAsync(connection, cancellationToken);
            (status, text, retryAfter) = await SendAsync(uri, token, cancellationToken);
        }

        if (status >= 400)
        {
            var error = Error(status, text, retryAfter);
            LogFailure(logger, uri.AbsolutePath, status, error.ErrorCode);
            throw error;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, RampJson.Options) ?? throw new RampException("Ramp answered with an empty body.", 502, "invalid_response", null);
        }
        catch (JsonException ex)
        {
            throw new RampException($"Ramp's answer to {uri.AbsolutePath} is not the expected JSON: {ex.Message}", 502, "invalid_response", null, ex);
        }
    }

    private async Task<(int Status, string Text, RetryConditionHeaderValue? RetryAfter)> SendAsync(Uri uri, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            LogCall(logger, uri.AbsolutePath, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return ((int)response.StatusCode, text, response.Headers.RetryAfter);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new RampException($"Ramp did not answer GET {uri.AbsolutePath} in time or at all.", null, null, null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ramp GET {Path} answered {Status} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ramp GET {Path} failed: HTTP {Status}, {Code}")]
    private static partial void LogFailure(ILogger logger, string path, int status, string? code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ramp GET {Path} answered 401; fetching a new token and retrying once")]
    private static partial void LogUnauthorized(ILogger logger, string path);
}
