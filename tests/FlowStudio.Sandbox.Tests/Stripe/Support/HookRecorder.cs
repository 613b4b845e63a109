using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Tests.Stripe.Support;

/// <summary>A stand-in for FlowStudio's hook endpoint: keeps every delivery's headers and exact body bytes.</summary>
public sealed class HookRecorder
{
    public ConcurrentQueue<HookDelivery> Deliveries { get; } = new();

    /// <summary>The status the hook answers with (e.g. 500 to see the emitter report it).</summary>
    public int AnswerStatus { get; set; } = StatusCodes.Status200OK;

    public async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        Deliveries.Enqueue(new HookDelivery(
            request.Method,
            $"{request.Scheme}://{request.Host}{request.Path}{request.QueryString}",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            buffer.ToArray()));
        return Results.Text("received", statusCode: AnswerStatus);
    }
}

public sealed record HookDelivery(string Method, string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
