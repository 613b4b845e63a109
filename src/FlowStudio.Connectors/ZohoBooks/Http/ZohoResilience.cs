using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Errors;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace FlowStudio.Connectors.ZohoBooks.Http;

/// <summary>
/// The pipeline around every Books call: total timeout, then retries with exponential backoff and jitter on
/// 5xx, 408, network errors, attempt timeouts and 429 (codes 44 and 1070, not the daily 45), honouring
/// Retry-After when present (Zoho sends none, the sandbox does), then a timeout per attempt.
/// </summary>
public static class ZohoResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ZohoBooksOptions options)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(options);
        pipeline
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetryAttempts, 0),
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = ShouldRetryAsync,
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static async ValueTask<bool> ShouldRetryAsync(RetryPredicateArguments<HttpResponseMessage> args)
    {
        if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled)
        {
            return await ThrottleCodeAsync(throttled, args.Context.CancellationToken) != ZohoErrorCodes.RateLimitDaily;
        }

        return HttpClientResiliencePredicates.IsTransient(args.Outcome);
    }

    /// <summary>The daily limit (45) lasts until tomorrow, so retrying it only burns the next day's quota.</summary>
    private static async Task<int?> ThrottleCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return document.RootElement.TryGetProperty("code", out var code) && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
