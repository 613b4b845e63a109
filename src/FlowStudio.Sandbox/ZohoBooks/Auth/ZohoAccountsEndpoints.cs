using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace FlowStudio.Sandbox.ZohoBooks.Auth;

/// <summary>
/// The accounts server. Like Zoho's, it answers token errors with HTTP 200 and <c>{"error":"invalid_code"}</c>
/// (or <c>invalid_client</c>, <c>invalid_client_secret</c>, <c>unsupported_grant_type</c>).
/// </summary>
public static class ZohoAccountsEndpoints
{
    public static void MapZohoAccounts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(ZohoSandboxDemo.AccountsPath + "/oauth/v2").AllowAnonymous().WithTags("Zoho sandbox accounts");
        group.MapPost("/token", TokenAsync).WithName("ZohoSandboxToken").DisableAntiforgery();
        group.MapGet("/auth", AuthorizeAsync).WithName("ZohoSandboxAuthorize");
    }

    public static async Task<IResult> TokenAsync(HttpRequest request, ZohoTokenService tokens, CancellationToken cancellationToken)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
        string? Param(string name) => StringValues.IsNullOrEmpty(request.Query[name]) ? form?[name].ToString() : request.Query[name].ToString();

        var grantType = Param("grant_type");
        if (grantType is not ("refresh_token" or "authorization_code"))
        {
            return Error("unsupported_grant_type");
        }

        if (!tokens.IsClient(Param("client_id")))
        {
            return Error("invalid_client");
        }

        if (!tokens.IsSecret(Param("client_secret")))
        {
            return Error("invalid_client_secret");
        }

        var apiDomain = BaseUrl(request) + ZohoSandboxDemo.ApiDomainPath;
        var issued = grantType == "refresh_token"
            ? await tokens.RefreshAsync(Param("refresh_token"), apiDomain, cancellationToken)
            : await tokens.ExchangeCodeAsync(Param("code"), Param("redirect_uri"), apiDomain, cancellationToken);
        return issued is null ? Error("invalid_code") : TypedResults.Json(issued, ZohoJson.Options);
    }

    public static async Task<IResult> AuthorizeAsync(HttpRequest request, ZohoTokenService tokens, CancellationToken cancellationToken)
    {
        var redirectUri = request.Query["redirect_uri"].ToString();
        if (!tokens.IsClient(request.Query["client_id"]) || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
        {
            return TypedResults.Json(new Dictionary<string, string> { ["error"] = "invalid_client" }, ZohoJson.Options, statusCode: 400);
        }

        var code = await tokens.CreateCodeAsync(redirectUri, cancellationToken);
        var query = QueryString.Create(new Dictionary<string, string?>
        {
            ["code"] = code,
            ["location"] = "us",
            ["accounts-server"] = BaseUrl(request) + ZohoSandboxDemo.AccountsPath,
            ["state"] = request.Query["state"].ToString(),
        });
        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? "&" + query.Value![1..] : query.Value;
        return TypedResults.Redirect(redirectUri + separator);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static JsonHttpResult<Dictionary<string, string>> Error(string error) =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error }, ZohoJson.Options);
}
