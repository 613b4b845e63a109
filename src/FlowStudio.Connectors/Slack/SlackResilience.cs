using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FlowStudio.Connectors.Slack;

/// <summary>
/// Retries only what Slack did not act on: 429 (honouring <c>Retry-After</c> up to <see cref="SlackOptions.MaxRetryAfter"/>).
/// A 5xx or a timeout may follow a posted message, so it is not retried here; the step fails as transient and
/// the engine decides, knowing the operation has no idempotency.
/// </summary>
public static class SlackResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, SlackOptions options)
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
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled
                    && (throttled.Headers.RetryAfter?.Delta ?? TimeSpan.Zero) <= options.MaxRetryAfter),
            })
            .AddTimeout(options.AttemptTimeout);
    }
}
