using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Connectors.Kit;
using FlowStudio.Connectors.Stripe.Models;
using Microsoft.Extensions.Logging;
using Polly.Timeout;

namespace FlowStudio.Connectors.Stripe;

/// <summary>
/// The Stripe v1 client for one account: Bearer key, <c>Stripe-Version</c>, form bodies, the client-side rate
/// limit and Stripe's error object here; retries and timeouts live in the HttpClient's resilience handler.
/// Every POST carries an <c>Idempotency-Key</c> (the caller's, else a fresh one per call) so a retry never charges twice.
/// </summary>
public sealed partial class StripeClient
{
    public const string HttpClientName = "FlowStudio.Stripe.Api";

    private readonly HttpClient http;
    private readonly StripeConnection connection;
    private readonly KeyedRateLimiters limiters;
    private readonly StripeOptions options;
    private readonly ILogger logger;

    internal StripeClient(HttpClient http, StripeConnection connection, KeyedRateLimiters limiters, StripeOptions options, ILogger<StripeClient> logger)
    {
        connection.Validate();
        this.http = http;
        this.connection = connection;
        this.limiters = limiters;
        this.options = options;
        this.logger = logger;
    }

    public override string ToString() => $"StripeClient for {connection}";

    public Task<StripeCustomer> CreateCustomerAsync(StripeCustomerCreate customer, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var form = new StripeForm().Add("email", customer.Email).Add("name", customer.Name).Add("description", customer.Description).AddMap("metadata", customer.Metadata);
        return SendAsync<StripeCustomer>(HttpMethod.Post, "customers", form, idempotencyKey, cancellationToken);
    }

    public Task<StripeCustomer> GetCustomerAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<StripeCustomer>(HttpMethod.Get, "customers/" + Uri.EscapeDataString(id), null, null, cancellationToken);

    public IAsyncEnumerable<StripeCustomer> ListCustomersAsync(string? email, CancellationToken cancellationToken) =>
        ListAsync<StripeCustomer>("customers", new StripeForm().Add("email", email), cancellationToken);

    /// <summary>Creates (and with <see cref="StripePaymentIntentCreate.Confirm"/> confirms) a payment intent.</summary>
    public Task<StripePaymentIntent> CreatePaymentIntentAsync(StripePaymentIntentCreate intent, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var form = new StripeForm()
            .Add("amount", intent.Amount)
            .Add("currency", intent.Currency.ToLowerInvariant())
            .Add("customer", intent.Customer)
            .Add("description", intent.Description)
            .Add("receipt_email", intent.ReceiptEmail)
            .Add("payment_method", intent.PaymentMethod)
            .Add("confirm", intent.Confirm ? true : null)
            .AddMap("metadata", intent.Metadata);
        return SendAsync<StripePaymentIntent>(HttpMethod.Post, "payment_intents", form, idempotencyKey, cancellationToken);
    }

    public Task<StripePaymentIntent> GetPaymentIntentAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<StripePaymentIntent>(HttpMethod.Get, "payment_intents/" + Uri.EscapeDataString(id), null, null, cancellationToken);

    public IAsyncEnumerable<StripePaymentIntent> ListPaymentIntentsAsync(string? customer, CancellationToken cancellationToken) =>
        ListAsync<StripePaymentIntent>("payment_intents", new StripeForm().Add("customer", customer), cancellationToken);

    public Task<StripeCharge> GetChargeAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<StripeCharge>(HttpMethod.Get, "charges/" + Uri.EscapeDataString(id), null, null, cancellationToken);

    public IAsyncEnumerable<StripeCharge> ListChargesAsync(string? customer, string? paymentIntent, CancellationToken cancellationToken) =>
        ListAsync<StripeCharge>("charges", new StripeForm().Add("customer", customer).Add("payment_intent", paymentIntent), cancellationToken);

    public Task<StripeEvent> GetEventAsync(string id, CancellationToken cancellationToken) =>
        SendAsync<StripeEvent>(HttpMethod.Get, "events/" + Uri.EscapeDataString(id), null, null, cancellationToken);

    public IAsyncEnumerable<StripeEvent> ListEventsAsync(string? type, CancellationToken cancellationToken) =>
        ListAsync<StripeEvent>("events", new StripeForm().Add("type", type), cancellationToken);

    /// <summary>One page; <paramref name="startingAfter"/> is the last id of the previous page.</summary>
    public Task<StripeList<T>> ListPageAsync<T>(string resource, StripeForm filter, int limit, string? startingAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = filter.ToQueryString();
        query += (query.Length == 0 ? "?" : "&") + "limit=" + limit.ToString(CultureInfo.InvariantCulture)
            + (startingAfter is null ? string.Empty : "&starting_after=" + Uri.EscapeDataString(startingAfter));
        return SendAsync<StripeList<T>>(HttpMethod.Get, resource + query, null, null, cancellationToken);
    }

    /// <summary>Streams every page (newest first), fetching the next only when the caller has consumed the current one.</summary>
    private async IAsyncEnumerable<T> ListAsync<T>(string resource, StripeForm filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            var page = await ListPageAsync<T>(resource, filter, options.PageSize, after, cancellationToken);
            foreach (var item in page.Data)
            {
                yield return item;
            }

            if (!page.HasMore || page.Data.Count == 0)
            {
                yield break;
            }

            after = IdOf(page.Data[^1]);
        }
    }

    private static string IdOf<T>(T item) =>
        JsonSerializer.SerializeToElement(item, StripeJson.Options).GetProperty("id").GetString()
        ?? throw new StripeException("A Stripe list item has no id; cannot page further.");

    private async Task<T> SendAsync<T>(HttpMethod method, string pathAndQuery, StripeForm? form, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var lease = await limiters.AcquireAsync(
            "stripe:" + KeyedRateLimiters.Fingerprint(connection.SecretKey), connection.RequestsPerSecond, connection.RequestsPerSecond, options.RateLimitQueueLimit, cancellationToken)
            ?? throw new StripeException($"The client-side limit of {connection.RequestsPerSecond} requests per second is exhausted.", 429, "invalid_request_error", "rate_limit", null, null, null);
        using var request = new HttpRequestMessage(method, new Uri(connection.BaseUrl, "v1/" + pathAndQuery));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.SecretKey);
        request.Headers.TryAddWithoutValidation("Stripe-Version", connection.ApiVersion);
        if (method == HttpMethod.Post)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", string.IsNullOrEmpty(idempotencyKey) ? Guid.NewGuid().ToString() : idempotencyKey);
            request.Content = (form ?? new StripeForm()).ToContent();
        }

        var started = Stopwatch.GetTimestamp();
        var path = pathAndQuery.Split('?')[0];
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            LogCall(logger, method.Method, path, (int)response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                var error = StripeErrorReader.Read((int)response.StatusCode, text, response.Headers.RetryAfter);
                LogFailure(logger, method.Method, path, (int)response.StatusCode, error.Type, error.ErrorCode);
                throw error;
            }

            return JsonSerializer.Deserialize<T>(text, StripeJson.Options) ?? throw new StripeException($"Stripe answered {method.Method} {path} with an empty body.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new StripeException($"Stripe did not answer {method.Method} {path} in time or at all.", null, null, null, null, null, null, ex);
        }
        catch (JsonException ex)
        {
            throw new StripeException($"Stripe's answer to {method.Method} {path} is not the expected JSON: {ex.Message}", 502, "api_error", "invalid_response", null, null, null, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Stripe {Method} {Path} answered {Status} in {ElapsedMs:0} ms")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe {Method} {Path} failed: HTTP {Status}, {Type}/{Code}")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string? type, string? code);
}
