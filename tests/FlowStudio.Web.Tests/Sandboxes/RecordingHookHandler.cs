using System.Collections.Concurrent;
using System.Net;

namespace FlowStudio.Web.Tests.Sandboxes;

/// <summary>Stands in for the network behind a hook URL: keeps each delivery and answers 202 "queued".</summary>
public sealed class RecordingHookHandler : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Url, string Signature, string Body)> Deliveries { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var signature = request.Headers.TryGetValues("Stripe-Signature", out var values) ? values.Single() : string.Empty;
        Deliveries.Enqueue((request.RequestUri!, signature, await request.Content!.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent("queued") };
    }
}
