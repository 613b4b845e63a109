using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Slack.Api;

/// <summary>
/// The arguments of a Web API call: Slack accepts them as JSON (<c>application/json</c>, token in the
/// <c>Authorization</c> header) or as a form (<c>token</c> may be a field).
/// </summary>
public sealed class SlackRequest
{
    private readonly Dictionary<string, JsonNode?> fields;

    private SlackRequest(Dictionary<string, JsonNode?> fields, string? token, bool malformed)
    {
        this.fields = fields;
        Token = token;
        IsMalformed = malformed;
    }

    public string? Token { get; }

    public bool IsMalformed { get; }

    public static async Task<SlackRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var token = BearerToken(request.Headers.Authorization.ToString());
        var malformed = false;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (key, value) in form)
            {
                fields[key] = JsonValue.Create(value.ToString());
            }
        }
        else if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is JsonObject body)
                {
                    foreach (var (key, value) in body)
                    {
                        fields[key] = value?.DeepClone();
                    }
                }
                else
                {
                    malformed = true;
                }
            }
            catch (JsonException)
            {
                malformed = true;
            }
        }

        foreach (var (key, value) in request.Query)
        {
            fields.TryAdd(key, JsonValue.Create(value.ToString()));
        }

        if (token is null && fields.TryGetValue("token", out var fieldToken))
        {
            token = fieldToken?.ToString();
        }

        return new SlackRequest(fields, token, malformed);
    }

    public string? Text(string key) => fields.TryGetValue(key, out var node) && node is JsonValue value ? value.ToString() : null;

    public JsonNode? Node(string key) => fields.TryGetValue(key, out var node) ? node : null;

    private static string? BearerToken(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
