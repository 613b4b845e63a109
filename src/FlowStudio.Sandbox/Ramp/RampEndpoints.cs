using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>
/// Ramp's client-credentials token endpoint and the transactions and reimbursements lists: newest first,
/// <c>page_size</c> 2–100 (default 20), and <c>page.next</c> a full URL carrying <c>start</c>, null on the last page.
/// </summary>
public static class RampEndpoints
{
    public static void MapRampToken(this RouteGroupBuilder api) => api.MapPost("/token", TokenAsync).WithName("RampSandboxToken");

    public static void MapRampApi(this RouteGroupBuilder api)
    {
        api.MapGet("/transactions", (HttpRequest r, RampSandboxState s, CancellationToken ct) => ListAsync(r, s, RampSandboxState.Transactions, "user_transaction_time", ct)).WithName("RampSandboxListTransactions");
        api.MapGet("/transactions/{id}", (string id, RampSandboxState s, CancellationToken ct) => GetAsync(s, RampSandboxState.Transactions, id, ct)).WithName("RampSandboxGetTransaction");
        api.MapGet("/reimbursements", (HttpRequest r, RampSandboxState s, CancellationToken ct) => ListAsync(r, s, RampSandboxState.Reimbursements, "created_at", ct)).WithName("RampSandboxListReimbursements");
        api.MapGet("/reimbursements/{id}", (string id, RampSandboxState s, CancellationToken ct) => GetAsync(s, RampSandboxState.Reimbursements, id, ct)).WithName("RampSandboxGetReimbursement");
    }

    /// <summary><c>Authorization: Basic base64(client_id:client_secret)</c>, form <c>grant_type=client_credentials&amp;scope=…</c>.</summary>
    public static async Task<IResult> TokenAsync(HttpRequest request, RampTokens tokens, IOptions<RampSandboxOptions> options, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization.ToString();
        string? credentials = null;
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            try
            {
                credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            }
            catch (FormatException)
            {
                credentials = null;
            }
        }

        if (credentials != options.Value.ClientId + ":" + options.Value.ClientSecret)
        {
            return new JsonReply(401, new JsonObject { ["error"] = "invalid_client", ["error_description"] = "Client authentication failed." });
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form?["grant_type"].ToString() != "client_credentials")
        {
            return new JsonReply(400, new JsonObject { ["error"] = "unsupported_grant_type" });
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (token, expiresIn) = tokens.Issue(scopes);
        return JsonReply.Ok(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresIn,
            ["scope"] = string.Join(' ', scopes),
        });
    }

    private static async Task<JsonReply> GetAsync(RampSandboxState state, string kind, string id, CancellationToken cancellationToken) =>
        await state.Store.GetAsync(kind, id, cancellationToken) is { } item
            ? JsonReply.Ok(item)
            : RampErrors.Error(404, "NOT_FOUND", $"{kind.TrimEnd('s')} {id} was not found.");

    private static async Task<JsonReply> ListAsync(HttpRequest request, RampSandboxState state, string kind, string dateField, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var pageSize = 20;
        if (Text(query, "page_size") is { } sizeText && (!int.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 2 or > 100))
        {
            throw RampErrors.Invalid("page_size must be between 2 and 100.");
        }

        var from = Date(query, "from_date");
        var to = Date(query, "to_date");
        var stateFilter = Text(query, "state");
        var items = (await state.Store.ListAsync(kind, cancellationToken))
            .Where(i => Within(i, dateField, from, to) && (stateFilter is null || string.Equals((string?)i["state"], stateFilter, StringComparison.OrdinalIgnoreCase)))
            .Reverse()
            .ToList();
        var skip = 0;
        if (Text(query, "start") is { } start)
        {
            var index = items.FindIndex(i => (string?)i["id"] == start);
            skip = index >= 0 ? index + 1 : throw RampErrors.Invalid($"start '{start}' is not an id in this list.");
        }

        var page = items.Skip(skip).Take(pageSize).ToList();
        string? next = null;
        if (skip + page.Count < items.Count)
        {
            var kept = string.Join("&", query.Where(q => q.Key != "start").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}"));
            next = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{(kept.Length > 0 ? kept + "&" : string.Empty)}start={Uri.EscapeDataString((string)page[^1]["id"]!)}";
        }

        return JsonReply.Ok(new JsonObject
        {
            ["data"] = new JsonArray([.. page.Select(p => (JsonNode)p.DeepClone())]),
            ["page"] = new JsonObject { ["next"] = next },
        });
    }

    private static bool Within(JsonObject item, string field, DateTimeOffset? from, DateTimeOffset? to)
    {
        var text = (string?)item[field];
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return from is null && to is null;
        }

        return (from is null || at >= from) && (to is null || at <= to);
    }

    private static DateTimeOffset? Date(IQueryCollection query, string key) =>
        Text(query, key) is not { } text
            ? null
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw RampErrors.Invalid($"{key} must be an ISO 8601 date or date-time.");

    private static string? Text(IQueryCollection query, string key) => query.TryGetValue(key, out var value) && value.ToString().Length > 0 ? value.ToString() : null;
}
