using System.Globalization;
using System.Text.Json;
using FlowStudio.Sandbox.Gmail.Data;
using FlowStudio.Sandbox.Google;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.Gmail.Api;

/// <summary>
/// <c>users.messages.send</c>, <c>.list</c>, <c>.get</c> and <c>users.getProfile</c> of the Gmail API v1, for the demo
/// account only (<c>me</c> or its address), behind Google's OAuth bearer check and error envelope.
/// </summary>
public static class GmailApiEndpoints
{
    public static void MapGmailApi(this RouteGroupBuilder api)
    {
        api.MapPost("/users/{userId}/messages/send", GmailSendEndpoint.SendAsync).WithName("GmailSandboxSend");
        api.MapGet("/users/{userId}/messages", ListAsync).WithName("GmailSandboxList");
        api.MapGet("/users/{userId}/messages/{id}", GetAsync).WithName("GmailSandboxGet");
        api.MapGet("/users/{userId}/profile", ProfileAsync).WithName("GmailSandboxProfile");
    }

    /// <summary>Faults, then the bearer token, then the user id — Google's order.</summary>
    public static IResult? Guard(HttpContext http, string userId, GoogleSandboxTokens tokens, GmailFaults faults)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (faults.Next(http) is { } fault)
        {
            return fault;
        }

        if (!tokens.IsValid(http.Request.Headers.Authorization.ToString(), GmailSandboxDemo.ClientId))
        {
            return GoogleErrors.Unauthenticated();
        }

        return userId is "me" or GmailSandboxDemo.EmailAddress
            ? null
            : GoogleErrors.Error(403, "PERMISSION_DENIED", "forbidden", $"Delegation denied for {GmailSandboxDemo.EmailAddress}");
    }

    public static async Task<IResult> ListAsync(
        string userId,
        string? q,
        int? maxResults,
        string? pageToken,
        HttpContext http,
        GmailMailbox mailbox,
        GoogleSandboxTokens tokens,
        GmailFaults faults,
        CancellationToken cancellationToken)
    {
        if (Guard(http, userId, tokens, faults) is { } refused)
        {
            return refused;
        }

        var size = maxResults ?? 100;
        if (size is < 1 or > 500)
        {
            return GoogleErrors.BadRequest("Invalid maxResults: must be between 1 and 500.");
        }

        var offset = 0;
        if (pageToken is not null && !int.TryParse(pageToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return GoogleErrors.BadRequest("Invalid pageToken.");
        }

        var matches = (await mailbox.AllAsync(cancellationToken)).Where(m => GmailSearch.Matches(m, q)).ToList();
        var page = matches.Skip(offset).Take(size).ToList();
        var body = new Dictionary<string, object?>
        {
            ["messages"] = page.Count == 0 ? null : page.Select(m => new { id = m.Id, threadId = m.ThreadId }).ToList(),
            ["resultSizeEstimate"] = matches.Count,
        };
        if (offset + size < matches.Count)
        {
            body["nextPageToken"] = (offset + size).ToString(CultureInfo.InvariantCulture);
        }

        return TypedResults.Json(body.Where(p => p.Value is not null).ToDictionary());
    }

    public static async Task<IResult> GetAsync(
        string userId,
        string id,
        string? format,
        HttpContext http,
        GmailMailbox mailbox,
        GoogleSandboxTokens tokens,
        GmailFaults faults,
        CancellationToken cancellationToken)
    {
        if (Guard(http, userId, tokens, faults) is { } refused)
        {
            return refused;
        }

        var message = await mailbox.GetAsync(id, cancellationToken);
        if (message is null)
        {
            return GoogleErrors.NotFound("Requested entity was not found.");
        }

        var body = new Dictionary<string, object?>
        {
            ["id"] = message.Id,
            ["threadId"] = message.ThreadId,
            ["labelIds"] = message.LabelIds,
            ["snippet"] = message.Snippet,
            ["internalDate"] = message.InternalDate.ToString(CultureInfo.InvariantCulture),
            ["sizeEstimate"] = message.Raw.Length,
        };
        switch (format ?? "full")
        {
            case "raw":
                body["raw"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(message.Raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
                break;
            case "metadata" or "full":
                body["payload"] = new { mimeType = message.HtmlBody is null ? "text/plain" : "multipart/alternative", headers = JsonDocument.Parse(message.HeadersJson).RootElement };
                break;
            case "minimal":
                break;
            default:
                return GoogleErrors.BadRequest($"Invalid value at 'format' ({format}).");
        }

        return TypedResults.Json(body);
    }

    public static async Task<IResult> ProfileAsync(string userId, HttpContext http, GmailMailbox mailbox, GoogleSandboxTokens tokens, GmailFaults faults, CancellationToken cancellationToken)
    {
        if (Guard(http, userId, tokens, faults) is { } refused)
        {
            return refused;
        }

        var messages = await mailbox.AllAsync(cancellationToken);
        return TypedResults.Json(new
        {
            emailAddress = GmailSandboxDemo.EmailAddress,
            messagesTotal = messages.Count,
            threadsTotal = messages.Select(m => m.ThreadId).Distinct().Count(),
            historyId = (1000 + messages.Count).ToString(CultureInfo.InvariantCulture),
        });
    }
}
