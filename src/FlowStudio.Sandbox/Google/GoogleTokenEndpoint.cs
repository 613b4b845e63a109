using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Google;

/// <summary>
/// <c>POST https://oauth2.googleapis.com/token</c> with <c>grant_type=refresh_token</c>, as each Google sandbox serves
/// it for its demo OAuth client: form in, <c>{"access_token","expires_in","scope","token_type"}</c> out, or
/// <c>{"error":"invalid_grant"|"invalid_client"|"unsupported_grant_type"}</c>.
/// </summary>
public static class GoogleTokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        GoogleSandboxTokens tokens,
        string clientId,
        string clientSecret,
        string refreshToken,
        string scope,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_request", "Request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "refresh_token")
        {
            return OAuthError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Invalid grant_type: " + form["grant_type"]);
        }

        if (form["client_id"] != clientId || form["client_secret"] != clientSecret)
        {
            return OAuthError(StatusCodes.Status401Unauthorized, "invalid_client", "The OAuth client was not found.");
        }

        if (form["refresh_token"] != refreshToken)
        {
            return OAuthError(StatusCodes.Status400BadRequest, "invalid_grant", "Bad Request");
        }

        return TypedResults.Json(new Dictionary<string, object>
        {
            ["access_token"] = tokens.Issue(clientId),
            ["expires_in"] = (int)GoogleSandboxTokens.Lifetime.TotalSeconds,
            ["scope"] = scope,
            ["token_type"] = "Bearer",
        });
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Dictionary<string, string>> OAuthError(int status, string error, string description) =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: status);
}
