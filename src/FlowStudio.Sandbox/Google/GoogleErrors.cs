using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Google;

/// <summary>Google's JSON error envelope: <c>{"error":{"code","message","errors":[{"message","domain","reason"}],"status"}}</c>.</summary>
public static class GoogleErrors
{
    public static IResult Error(int code, string status, string reason, string message) => TypedResults.Json(
        new
        {
            error = new
            {
                code,
                message,
                errors = new[] { new { message, domain = "global", reason } },
                status,
            },
        },
        statusCode: code);

    public static IResult BadRequest(string message, string reason = "invalidArgument") => Error(400, "INVALID_ARGUMENT", reason, message);

    public static IResult NotFound(string message) => Error(404, "NOT_FOUND", "notFound", message);

    public static IResult Unauthenticated() => Error(
        401,
        "UNAUTHENTICATED",
        "authError",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.");

    public static IResult RateLimited(HttpContext http, string message, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Error(429, "RESOURCE_EXHAUSTED", "rateLimitExceeded", message);
    }

    public static IResult Unavailable() => Error(503, "UNAVAILABLE", "backendError", "The service is currently unavailable.");
}
