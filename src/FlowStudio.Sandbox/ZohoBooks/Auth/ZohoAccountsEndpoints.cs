using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;

namespace FlowStudio.Sandbox.ZohoBooks.Auth;

/// <summary>
/// The accounts server. Like Zoho's, it answers token errors with HTTP 200 and <c>{"error":"invalid_code"}</c>
/// (or <c>invalid_client</c>, <c>invalid_client_secret</c>, <c>unsupported_grant_type</c>). <c>GET /auth</c>
/// shows a consent page; its Accept / Deny posts back and returns to <c>redirect_uri</c> with <c>code</c>,
/// <c>location</c>, <c>accounts-server</c> and <c>state</c>, or <c>error=access_denied</c>.
/// </summary>
public static class ZohoAccountsEndpoints
{
    public static void MapZohoAccounts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(ZohoSandboxDemo.AccountsPath + "/oauth/v2").AllowAnonymous().WithTags("Zoho sandbox accounts");
        group.MapPost("/token", TokenAsync).WithName("ZohoSandboxToken").DisableAntiforgery();
        group.MapGet("/auth", Authorize).WithName("ZohoSandboxAuthorize");
        group.MapPost("/auth", DecideAsync).WithName("ZohoSandboxConsentDecision").DisableAntiforgery();
    }

    public static async Task<IResult> TokenAsync(HttpRequest request, ZohoTokenService tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
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
        if (grantType == "refresh_token")
        {
            var refreshed = await tokens.RefreshAsync(Param("refresh_token"), apiDomain, cancellationToken);
            return refreshed is null ? Error("invalid_code") : TypedResults.Json(refreshed, ZohoJson.Options);
        }

        var exchange = await tokens.ExchangeCodeAsync(Param("code"), Param("redirect_uri"), apiDomain, cancellationToken);
        return exchange.Token is { } issued ? TypedResults.Json(issued, ZohoJson.Options) : Error(exchange.Error!);
    }

    /// <summary>The consent page, or a 400 naming the bad parameter (Zoho shows an error page and does not redirect).</summary>
    public static IResult Authorize(HttpRequest request, ZohoTokenService tokens)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var query = request.Query;
        if (query["response_type"].ToString() != "code")
        {
            return BadRequest("response_type must be 'code'.");
        }

        if (ReadConsent(query["client_id"], query["redirect_uri"], query["scope"], query["state"], tokens) is not { } consent)
        {
            return BadRequest("client_id is not a registered client, redirect_uri is not an absolute http(s) address, or scope is empty.");
        }

        var postUrl = BaseUrl(request) + ZohoSandboxDemo.AccountsPath + "/oauth/v2/auth";
        return TypedResults.Content(ZohoConsentPage.Render(consent, postUrl), "text/html; charset=utf-8");
    }

    public static async Task<IResult> DecideAsync(HttpRequest request, ZohoTokenService tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        var form = await request.ReadFormAsync(cancellationToken);
        if (ReadConsent(form["client_id"], form["redirect_uri"], form["scope"], form["state"], tokens) is not { } consent)
        {
            return BadRequest("The consent form was altered: client_id, redirect_uri or scope is not valid.");
        }

        var answer = new Dictionary<string, string?>();
        if (form["decision"].ToString() == "accept")
        {
            answer["code"] = await tokens.CreateCodeAsync(consent.RedirectUri, cancellationToken);
            answer["location"] = "us";
            answer["accounts-server"] = BaseUrl(request) + ZohoSandboxDemo.AccountsPath;
        }
        else
        {
            answer["error"] = "access_denied";
        }

        answer["state"] = consent.State;
        var query = QueryString.Create(answer).Value!;
        var redirect = consent.RedirectUri.Contains('?', StringComparison.Ordinal) ? consent.RedirectUri + "&" + query[1..] : consent.RedirectUri + query;
        return TypedResults.Redirect(redirect);
    }

    private static ConsentRequest? ReadConsent(string? clientId, string? redirectUri, string? scope, string? state, ZohoTokenService tokens)
    {
        var scopes = (scope ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var redirectOk = Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
        return tokens.IsClient(clientId) && redirectOk && scopes.Length > 0
            ? new ConsentRequest(clientId!, redirectUri!, scopes, state ?? "")
            : null;
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static ContentHttpResult BadRequest(string message) =>
        TypedResults.Content($"Invalid OAuth request: {message}", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    private static JsonHttpResult<Dictionary<string, string>> Error(string error) =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error }, ZohoJson.Options);
}
