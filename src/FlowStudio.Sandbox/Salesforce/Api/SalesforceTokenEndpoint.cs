using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>
/// <c>POST /services/oauth2/token</c> with <c>grant_type=refresh_token</c> (or <c>client_credentials</c>) for the demo
/// connected app: <c>{"access_token","instance_url","id","token_type","issued_at","signature"}</c>, where
/// <c>instance_url</c> is this sandbox's own address; or <c>{"error","error_description"}</c> as Salesforce answers.
/// </summary>
public static class SalesforceTokenEndpoint
{
    public static async Task<IResult> HandleAsync(HttpRequest request, SalesforceSessions sessions, TimeProvider time, IOptions<SalesforceSandboxOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(time);
        if (!request.HasFormContentType)
        {
            return OAuthError("unsupported_grant_type", "grant type not supported");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var grant = form["grant_type"].ToString();
        if (grant is not ("refresh_token" or "client_credentials"))
        {
            return OAuthError("unsupported_grant_type", "grant type not supported");
        }

        if (form["client_id"] != SalesforceSandboxDemo.ClientId)
        {
            return OAuthError("invalid_client_id", "client identifier invalid");
        }

        if (form["client_secret"] != SalesforceSandboxDemo.ClientSecret)
        {
            return OAuthError("invalid_client", "invalid client credentials");
        }

        if (grant == "refresh_token" && form["refresh_token"] != SalesforceSandboxDemo.RefreshToken)
        {
            return OAuthError("invalid_grant", "expired access/refresh token");
        }

        var instance = $"{request.Scheme}://{request.Host}{request.PathBase}{SalesforceSandboxDemo.BasePath}";
        var token = sessions.Issue();
        var issuedAt = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var id = $"{instance}/id/{SalesforceSandboxDemo.OrganizationId}/{SalesforceSandboxDemo.UserId}";
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SalesforceSandboxDemo.ClientSecret), Encoding.UTF8.GetBytes(id + issuedAt)));
        return TypedResults.Json(new Dictionary<string, string>
        {
            ["access_token"] = token,
            ["signature"] = signature,
            ["scope"] = "refresh_token api",
            ["instance_url"] = instance,
            ["id"] = id,
            ["token_type"] = "Bearer",
            ["issued_at"] = issuedAt,
        });
    }

    private static Microsoft.AspNetCore.Http.HttpResults.JsonHttpResult<Dictionary<string, string>> OAuthError(string error, string description) =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error, ["error_description"] = description }, statusCode: StatusCodes.Status400BadRequest);
}
