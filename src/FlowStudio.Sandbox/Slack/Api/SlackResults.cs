using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Slack.Api;

/// <summary>Slack's Web API envelope: HTTP 200 with <c>ok</c>, except throttling (429 + Retry-After) and outages.</summary>
public static class SlackResults
{
    public static IResult Ok(Dictionary<string, object?> body)
    {
        body["ok"] = true;
        return TypedResults.Json(body, SlackJson.Options);
    }

    public static IResult Error(string error) =>
        TypedResults.Json(new Dictionary<string, object?> { ["ok"] = false, ["error"] = error }, SlackJson.Options);

    public static IResult RateLimited(HttpContext http, int retryAfterSeconds)
    {
        http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Json(
            new Dictionary<string, object?> { ["ok"] = false, ["error"] = "ratelimited" },
            SlackJson.Options,
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    public static IResult Unavailable() => TypedResults.Text("Service Unavailable", "text/plain", statusCode: StatusCodes.Status503ServiceUnavailable);
}
