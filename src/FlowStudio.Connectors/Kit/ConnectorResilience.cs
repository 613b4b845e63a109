using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FlowStudio.Connectors.Kit;

/// <summary>
/// The pipeline around every call of the REST connectors: total timeout, then retries with exponential
/// backoff and jitter on 5xx, 408, 429 and network errors, honouring <c>Retry-After</c>, then a timeout per attempt.
/// Other than after a 429, POSTs are retried only when they carry an idempotency key (Stripe) or the connector marked them safe.
/// </summary>
public static class ConnectorResilience
{
    /// <summary>Request option a client sets on a POST/PUT whose repetition is harmless.</summary>
    public static readonly HttpRequestOptionsKey<bool> SafeToRetry = new("FlowStudio.SafeToRetry");

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorHttpOptions options)
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
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome)
    {
        // A throttled call was not processed, so repeating it is always safe.
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
        {
            return true;
        }

        var request = outcome.Result?.RequestMessage;
        return (request is null || IsRepeatable(request)) && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    private static bool IsRepeatable(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        || request.Method == HttpMethod.Put
        || request.Headers.Contains("Idempotency-Key")
        || (request.Options.TryGetValue(SafeToRetry, out var safe) && safe);
}
