using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Http;

/// <summary>
/// Sends the HTTP request node's request. Authentication comes from an HTTP connection and is applied only to
/// URLs under the connection's base URL. The output is <c>{ "status", "headers", "body" }</c> (the body parsed when
/// JSON). 408, 429, 5xx and timeouts are transient (Retry-After honoured); other 4xx are permanent. The engine
/// retries, so this sender makes one attempt. POST and PATCH carry the step's <c>Idempotency-Key</c>.
/// </summary>
public sealed class HttpRequestSender(IHttpClientFactory clients, IConnectionResolver connections) : IHttpRequestSender
{
    public const string HttpClientName = "flowstudio-http-node";
    private const int MaxErrorBodyChars = 500;
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public async Task<CallResult> SendAsync(HttpRequestCall request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ResolvedConnection? connection = null;
        if (!string.IsNullOrWhiteSpace(request.Connection))
        {
            connection = await connections.ResolveAsync(request.Connection, cancellationToken).ConfigureAwait(false);
            if (connection is null)
            {
                return Permanent($"Connection '{request.Connection}' does not exist (deleted or never created).", "http.connection_not_found");
            }

            if (connection.Connector != HttpConnectionSettings.Connector)
            {
                return Permanent($"Connection '{connection.Name}' is a {connection.Connector} connection; the HTTP request node needs an HTTP connection.", "http.connection_mismatch");
            }
        }

        using var message = new HttpRequestMessage(new HttpMethod(request.Method.ToUpperInvariant()), request.Url);
        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                return Permanent($"Header '{name}' cannot be set on a request (content headers come from the body).", "http.header");
            }
        }

        if (request.Body is { } body && body.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null))
        {
            message.Content = body.ValueKind == JsonValueKind.String
                ? new StringContent(body.GetString()!, Encoding.UTF8, "text/plain")
                : new StringContent(body.GetRawText(), Encoding.UTF8, "application/json");
        }

        if (message.Method == HttpMethod.Post || message.Method == HttpMethod.Patch)
        {
            message.Headers.TryAddWithoutValidation("Idempotency-Key", request.IdempotencyKey);
        }

        return await SendAsync(message, connection, request.Timeout ?? DefaultTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A bare request with a connection's authentication (used by "test connection").</summary>
    public async Task<CallResult> SendAsync(ResolvedConnection connection, HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(method, url);
        return await SendAsync(message, connection, DefaultTimeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CallResult> SendAsync(HttpRequestMessage message, ResolvedConnection? connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (message.RequestUri is not { IsAbsoluteUri: true, Scheme: "http" or "https" } url)
        {
            return Permanent("The URL must be an absolute http or https URL.", "http.url");
        }

        if (connection is not null && Authenticate(message, connection, url) is { } refused)
        {
            return refused;
        }

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName)
                .SendAsync(message, HttpCompletionOption.ResponseContentRead, timeoutSource.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeoutSource.Token).ConfigureAwait(false);
            return Answer(response, text, url);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CallResult.Failed(StepError.Transient($"{url.Host} did not answer within {timeout.TotalSeconds:0.#} s.", code: "http.timeout"));
        }
        catch (HttpRequestException ex)
        {
            return CallResult.Failed(StepError.Transient($"Could not reach {url.Host}: {ex.Message}", code: "http.unreachable"));
        }
    }

    private static CallResult? Authenticate(HttpRequestMessage message, ResolvedConnection connection, Uri url)
    {
        if (!Uri.TryCreate(connection.Setting(HttpConnectionSettings.BaseUrl), UriKind.Absolute, out var baseUrl))
        {
            return Permanent($"Connection '{connection.Name}' has no valid base URL.", "http.connection_base_url");
        }

        if (!IsUnder(url, baseUrl))
        {
            return Permanent($"Connection '{connection.Name}' may only be used for URLs under {baseUrl}; {url.GetLeftPart(UriPartial.Path)} is not.", "http.connection_scope");
        }

        switch (connection.Setting(HttpConnectionSettings.AuthType) ?? "bearer")
        {
            case "bearer":
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", connection.Secret(HttpConnectionSettings.Token) ?? string.Empty);
                break;
            case "basic":
                var pair = $"{connection.Setting(HttpConnectionSettings.Username)}:{connection.Secret(HttpConnectionSettings.Password)}";
                message.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
                break;
            case "header":
                var name = connection.Setting(HttpConnectionSettings.HeaderName);
                if (string.IsNullOrWhiteSpace(name))
                {
                    return Permanent($"Connection '{connection.Name}' names no API key header.", "http.connection_header");
                }

                message.Headers.Remove(name);
                message.Headers.TryAddWithoutValidation(name, connection.Secret(HttpConnectionSettings.HeaderValue));
                break;
        }

        return null;
    }

    private static bool IsUnder(Uri url, Uri baseUrl)
    {
        if (!string.Equals(url.Scheme, baseUrl.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(url.IdnHost, baseUrl.IdnHost, StringComparison.OrdinalIgnoreCase)
            || url.Port != baseUrl.Port)
        {
            return false;
        }

        var prefix = baseUrl.AbsolutePath.TrimEnd('/');
        return url.AbsolutePath == prefix || url.AbsolutePath.StartsWith(prefix + "/", StringComparison.Ordinal);
    }

    private static CallResult Answer(HttpResponseMessage response, string text, Uri url)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return CallResult.Success(Output(response, text));
        }

        var snippet = text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] + "…" : text;
        var message = $"{url.Host} answered HTTP {status} {response.ReasonPhrase}{(snippet.Length > 0 ? ": " + snippet : string.Empty)}";
        var transient = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500;
        return CallResult.Failed(transient
            ? StepError.Transient(message, RetryAfter(response), $"http.{status}")
            : StepError.Permanent(message, $"http.{status}"));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static JsonElement Output(HttpResponseMessage response, string text) => JsonValues.Build((response, text), static (writer, state) =>
    {
        var (r, body) = state;
        writer.WriteStartObject();
        writer.WriteNumber("status", (int)r.StatusCode);
        writer.WriteStartObject("headers");
        foreach (var header in r.Headers.Concat(r.Content.Headers))
        {
            writer.WriteString(header.Key.ToLowerInvariant(), string.Join(", ", header.Value));
        }

        writer.WriteEndObject();
        writer.WritePropertyName("body");
        if (IsJson(r) && TryParse(body) is { } json)
        {
            json.WriteTo(writer);
        }
        else
        {
            writer.WriteStringValue(body);
        }

        writer.WriteEndObject();
    });

    private static bool IsJson(HttpResponseMessage response) =>
        response.Content.Headers.ContentType?.MediaType is { } type && (type == "application/json" || type.EndsWith("+json", StringComparison.Ordinal));

    private static JsonElement? TryParse(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CallResult Permanent(string message, string code) => CallResult.Failed(StepError.Permanent(message, code));
}
