using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FlowStudio.Connectors.Salesforce;

/// <summary>
/// Retries with exponential backoff and jitter on 5xx, timeouts and network failures. Every call the connector makes
/// is a read or a PATCH that sets fields to given values, so repeating one is safe. Salesforce does not throttle with
/// 429; its daily limit (403 REQUEST_LIMIT_EXCEEDED) is not retried in-process.
/// </summary>
public static class SalesforceResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SalesforceOptions options)
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
                ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
