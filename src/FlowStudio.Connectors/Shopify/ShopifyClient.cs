using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Shopify.Models;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Shopify;

/// <summary>
/// The Shopify Admin REST client for one shop: access token, the shop's leaky bucket (client side, so flows in
/// parallel share it), cursor paging through the <c>Link</c> header, and Shopify's <c>errors</c> envelope.
/// </summary>
public sealed partial class ShopifyClient
{
    public const string HttpClientName = "FlowStudio.Shopify.Api";

    private readonly HttpClient http;
    private readonly ShopifyConnection connection;
    private readonly KeyedRateLimiters limiters;
    private readonly ShopifyOptions options;
    private readonly ILogger logger;
    private readonly Uri apiRoot;

    internal ShopifyClient(HttpClient http, ShopifyConnection connection, KeyedRateLimiters limiters, ShopifyOptions options, ILogger<ShopifyClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.limiters = limiters;
        this.options = options;
        this.logger = logger;
        apiRoot = new Uri(connection.ResolveBaseUrl(), $"admin/api/{connection.ApiVersion}/");
    }

    public override string ToString() => $"ShopifyClient for {connection}";

    public IAsyncEnumerable<ShopifyOrder> ListOrdersAsync(ShopifyOrderFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = $"orders.json?status={Uri.EscapeDataString(filter.Status)}"
            + (filter.FinancialStatus is null ? string.Empty : "&financial_status=" + Uri.EscapeDataString(filter.FinancialStatus))
            + (filter.FulfillmentStatus is null ? string.Empty : "&fulfillment_status=" + Uri.EscapeDataString(filter.FulfillmentStatus))
            + (filter.UpdatedAtMin is { } since ? "&updated_at_min=" + Uri.EscapeDataString(since.ToString("O", CultureInfo.InvariantCulture)) : string.Empty);
        return ListAsync<ShopifyOrder>(query, "orders", cancellationToken);
    }

    public async Task<ShopifyOrder> GetOrderAsync(long id, CancellationToken cancellationToken) =>
        Read<ShopifyOrder>((await SendAsync(HttpMethod.Get, new Uri(apiRoot, $"orders/{id}.json"), null, cancellationToken)).Body, "order");

    /// <summary>Replaces the order's note (PUT is naturally idempotent: repeating it leaves the same note).</summary>
    public async Task<ShopifyOrder> UpdateOrderNoteAsync(long id, string note, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object> { ["order"] = new Dictionary<string, object> { ["id"] = id, ["note"] = note } };
        return Read<ShopifyOrder>((await SendAsync(HttpMethod.Put, new Uri(apiRoot, $"orders/{id}.json"), body, cancellationToken)).Body, "order");
    }

    public IAsyncEnumerable<ShopifyCustomer> ListCustomersAsync(CancellationToken cancellationToken) =>
        ListAsync<ShopifyCustomer>("customers.json?", "customers", cancellationToken);

    public async Task<ShopifyCustomer> GetCustomerAsync(long id, CancellationToken cancellationToken) =>
        Read<ShopifyCustomer>((await SendAsync(HttpMethod.Get, new Uri(apiRoot, $"customers/{id}.json"), null, cancellationToken)).Body, "customer");

    /// <summary>Follows <c>Link: &lt;…&gt;; rel="next"</c> page by page, only when the caller has consumed the current one.</summary>
    private async IAsyncEnumerable<T> ListAsync<T>(string first, string key, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Uri? next = new(apiRoot, first + (first.EndsWith('?') ? string.Empty : "&") + "limit=" + options.PageSize.ToString(CultureInfo.InvariantCulture));
        while (next is not null)
        {
            var (body, link) = await SendAsync(HttpMethod.Get, next, null, cancellationToken);
            foreach (var item in Read<List<T>>(body, key))
            {
                yield return item;
            }

            next = NextLink(link);
        }
    }

    /// <summary>The next page's URL, only on the shop's own host (the token is never sent elsewhere).</summary>
    private Uri? NextLink(string? link)
    {
        var match = link is null ? null : NextLinkPattern().Match(link);
        if (match is not { Success: true } || !Uri.TryCreate(match.Groups[1].Value, UriKind.Absolute, out var uri))
        {
            return null;
        }

        return string.Equals(uri.Authority, apiRoot.Authority, StringComparison.OrdinalIgnoreCase)
            ? uri
            : throw new ShopifyException($"Shopify's next-page link points to another host ({uri.Host}); not following it.", 502, null);
    }

    private static T Read<T>(JsonElement body, string key) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(key, out var element)
            ? element.Deserialize<T>(ShopifyJson.Read) ?? throw new ShopifyException($"Shopify's '{key}' is null.", 502, null)
            : throw new ShopifyException($"Shopify's answer has no '{key}'.", 502, null);

    private async Task<(JsonElement Body, string? Link)> SendAsync(HttpMethod method, Uri uri, object? body, CancellationToken cancellationToken)
    {
        using var lease = await limiters.AcquireAsync(connection.BucketKey, options.LeakPerSecond, options.BucketSize, options.RateLimitQueueLimit, cancellationToken)
            ?? throw new ShopifyException($"The client-side call limit for {connection.ShopDomain} is exhausted.", 429, null);
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("X-Shopify-Access-Token", connection.AccessToken);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: ShopifyJson.Write);
        }

        var started = Stopwatch.GetTimestamp();
        var path = uri.AbsolutePath;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var callLimit = response.Headers.TryGetValues("X-Shopify-Shop-Api-Call-Limit", out var limit) ? limit.FirstOrDefault() : null;
            LogCall(logger, method.Method, path, (int)response.StatusCode, callLimit, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                var error = ShopifyErrorReader.Read((int)response.StatusCode, text, response.Headers.RetryAfter);
                LogFailure(logger, method.Method, path, (int)response.StatusCode);
                throw error;
            }

            var link = response.Headers.TryGetValues("Link", out var links) ? string.Join(",", links) : null;
            using var document = JsonDocument.Parse(text);
            return (document.RootElement.Clone(), link);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ShopifyException($"Shopify did not answer {method.Method} {path} in time or at all.", null, null, null, ex);
        }
        catch (JsonException ex)
        {
            throw new ShopifyException($"Shopify's answer to {method.Method} {path} is not JSON: {ex.Message}", 502, null, null, ex);
        }
    }

    [GeneratedRegex("<([^>]+)>;\\s*rel=\"next\"")]
    private static partial Regex NextLinkPattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Shopify {Method} {Path} answered {Status} (bucket {CallLimit}) in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, string? callLimit, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shopify {Method} {Path} failed: HTTP {Status}")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status);
}
