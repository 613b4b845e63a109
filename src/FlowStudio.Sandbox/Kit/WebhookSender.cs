using System.Net.Http.Headers;

namespace FlowStudio.Sandbox.Kit;

/// <summary>
/// POSTs a signed event to a hook URL and reports the answer. The body bytes are sent exactly as they were
/// signed. The named client (<see cref="HttpClientName"/>) can be given another primary handler in tests.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "FlowStudio.Sandbox.Webhooks";

    /// <summary>The body of the answer is cut to this many characters in the result.</summary>
    public const int MaxAnswerLength = 2000;

    public async Task<WebhookDeliveryResult> SendAsync(
        Uri hookUrl,
        string eventId,
        string topic,
        byte[] body,
        IEnumerable<KeyValuePair<string, string>> headers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hookUrl);
        ArgumentNullException.ThrowIfNull(headers);
        using var request = new HttpRequestMessage(HttpMethod.Post, hookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var http = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            return new WebhookDeliveryResult(eventId, topic, hookUrl.ToString(), (int)response.StatusCode, Cut(answer), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new WebhookDeliveryResult(eventId, topic, hookUrl.ToString(), 0, string.Empty, $"The hook URL could not be reached: {ex.Message}");
        }
    }

    /// <summary>Checks a hook URL typed by a person: absolute http(s) only.</summary>
    public static bool TryParseHookUrl(string? value, out Uri hookUrl)
    {
        hookUrl = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        hookUrl = parsed;
        return true;
    }

    private static string Cut(string text) => text.Length <= MaxAnswerLength ? text : text[..MaxAnswerLength] + "…";
}
