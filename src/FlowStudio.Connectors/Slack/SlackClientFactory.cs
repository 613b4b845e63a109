using Microsoft.Extensions.Logging;

namespace FlowStudio.Connectors.Slack;

/// <summary>A client per stored connection; all share the resilient HttpClient pipeline and the per-channel limiters.</summary>
public sealed class SlackClientFactory(IHttpClientFactory httpClientFactory, SlackRateLimiters limiters, ILoggerFactory loggerFactory)
{
    public SlackClient Create(SlackConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new SlackClient(httpClientFactory.CreateClient(SlackClient.HttpClientName), connection, limiters, loggerFactory.CreateLogger<SlackClient>());
    }
}
