using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FlowStudio.Connectors.Google;

/// <summary>
/// Retries with exponential backoff and jitter: reads on any transient failure, writes (send, append) only on 429,
/// which Google answers before doing anything. <c>Retry-After</c> is honoured up to <see cref="GoogleApiOptions.MaxRetryAfter"/>;
/// longer waits fail the step as transient so the engine waits durably instead.
/// </summary>
public static class GoogleResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, GoogleApiOptions options)
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
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, GoogleApiOptions options)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } throttled)
        {
            return (throttled.Headers.RetryAfter?.Delta ?? TimeSpan.Zero) <= options.MaxRetryAfter;
        }

        var isRead = outcome.Result?.RequestMessage?.Method == HttpMethod.Get;
        return isRead && HttpClientResiliencePredicates.IsTransient(outcome);
    }
}
