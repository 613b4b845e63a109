using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// Coupa's client-credentials token endpoint and the suppliers API: list (a bare array, query arguments, at most 50 per
/// request), get by id, and PUT to change <c>exported</c>, <c>status</c> or <c>display-name</c> (query or JSON body).
/// </summary>
public static class CoupaEndpoints
{
    private static readonly string[] Writable = ["exported", "status", "display-name"];

    public static void MapCoupaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/suppliers", ListAsync).WithName("CoupaSandboxListSuppliers");
        api.MapGet("/suppliers/{id}", GetAsync).WithName("CoupaSandboxGetSupplier");
        api.MapPut("/suppliers/{id}", PutAsync).WithName("CoupaSandboxUpdateSupplier");
    }

    /// <summary>Form <c>grant_type=client_credentials&amp;client_id&amp;client_secret&amp;scope</c> → a 24-hour bearer token.</summary>
    public static async Task<IResult> TokenAsync(HttpRequest request, CoupaTokens tokens, IOptions<CoupaSandboxOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        if (form?["grant_type"].ToString() != "client_credentials")
        {
            return CoupaErrors.OAuth(400, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        if (form["client_id"].ToString() != options.Value.ClientId || form["client_secret"].ToString() != options.Value.ClientSecret)
        {
            return CoupaErrors.OAuth(401, "invalid_client", "Client authentication failed.");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var unknown = scopes.FirstOrDefault(s => s is not (CoupaSandboxDemo.ReadScope or CoupaSandboxDemo.WriteScope));
        if (scopes.Length == 0 || unknown is not null)
        {
            return CoupaErrors.OAuth(400, "invalid_scope", unknown is null ? "No scope was requested." : $"The scope {unknown} is not granted to this client.");
        }

        var (token, expiresIn) = tokens.Issue(scopes);
        return JsonReply.Ok(new JsonObject
        {
            ["access_token"] = token,
            ["token_type"] = "bearer",
            ["expires_in"] = expiresIn,
            ["scope"] = string.Join(' ', scopes),
        });
    }

    private static async Task<JsonReply> ListAsync(HttpRequest request, CoupaSandboxState state, IOptions<CoupaSandboxOptions> options, CancellationToken cancellationToken)
    {
        var query = CoupaSupplierQuery.Parse(
            request.Query.Select(q => new KeyValuePair<string, string>(q.Key, q.Value.ToString())),
            await state.AttributesAsync(cancellationToken),
            options.Value.MaxPageSize);
        var page = query.Apply(await state.Store.ListAsync(CoupaSandboxState.Suppliers, cancellationToken));
        return JsonReply.Ok(new JsonArray([.. page.Select(s => (JsonNode)s.DeepClone())]));
    }

    private static async Task<JsonReply> GetAsync(string id, CoupaSandboxState state, CancellationToken cancellationToken) =>
        await state.GetAsync(Id(id), cancellationToken) is { } supplier ? JsonReply.Ok(supplier) : NotFound(id);

    private static async Task<JsonReply> PutAsync(string id, HttpRequest request, CoupaSandboxState state, CancellationToken cancellationToken)
    {
        var supplier = await state.GetAsync(Id(id), cancellationToken);
        if (supplier is null)
        {
            return NotFound(id);
        }

        var changes = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            changes[key.Replace('_', '-')] = value.ToString();
        }

        if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            try
            {
                var body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
                foreach (var (key, value) in body as JsonObject ?? throw CoupaErrors.Invalid("The body must be a JSON object of supplier fields."))
                {
                    changes[key.Replace('_', '-')] = value?.DeepClone();
                }
            }
            catch (JsonException)
            {
                throw CoupaErrors.Invalid("The body is not valid JSON.");
            }
        }

        foreach (var (key, value) in changes)
        {
            supplier[key] = key switch
            {
                "exported" => Flag(value),
                "status" => Status(value),
                "display-name" => value?.ToString() is { Length: > 0 } text ? text : throw CoupaErrors.Invalid("can't be blank", "display-name"),
                _ => throw CoupaErrors.Invalid($"{key} is not an attribute that can be updated (only {string.Join(", ", Writable)}).", key),
            };
        }

        return JsonReply.Ok(await state.SaveAsync(supplier, cancellationToken));
    }

    private static bool Flag(JsonNode? value) => value?.ToString().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw CoupaErrors.Invalid("must be true or false", "exported"),
    };

    private static string Status(JsonNode? value) =>
        value?.ToString() is "active" or "inactive" or "onboarding"
            ? value.ToString()
            : throw CoupaErrors.Invalid("is not included in the list (active, inactive, onboarding)", "status");

    private static long Id(string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : throw new SandboxReplyException(NotFound(id));

    private static JsonReply NotFound(string id) => CoupaErrors.Error(404, $"Couldn't find Supplier with 'id'={id}");
}
