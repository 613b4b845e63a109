using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Builds Zoho's <c>{"code":0,"message":…,&lt;entity&gt;:…}</c> envelope.</summary>
public static class ZohoResults
{
    public static JsonHttpResult<Dictionary<string, object?>> Ok(string message, string? key = null, object? value = null) =>
        Envelope(StatusCodes.Status200OK, message, key, value);

    public static JsonHttpResult<Dictionary<string, object?>> Created(string message, string key, object value) =>
        Envelope(StatusCodes.Status201Created, message, key, value);

    public static JsonHttpResult<Dictionary<string, object?>> List<T>(string key, ZohoPage<T> page)
    {
        var body = new Dictionary<string, object?>
        {
            ["code"] = ZohoErrorCodes.Success,
            ["message"] = "success",
            [key] = page.Items,
            ["page_context"] = page.Context,
        };
        return TypedResults.Json(body, ZohoJson.Options);
    }

    public static JsonHttpResult<Dictionary<string, object?>> Error(int statusCode, int code, string message) =>
        TypedResults.Json(new Dictionary<string, object?> { ["code"] = code, ["message"] = message }, ZohoJson.Options, statusCode: statusCode);

    /// <summary>Zoho's per-minute throttle (code 44); the real API sends no Retry-After.</summary>
    public static JsonHttpResult<Dictionary<string, object?>> TooManyRequests() => Error(
        StatusCodes.Status429TooManyRequests,
        ZohoErrorCodes.RateLimitPerMinute,
        "You have made too many requests continuously. Please try again after some time.");

    private static JsonHttpResult<Dictionary<string, object?>> Envelope(int statusCode, string message, string? key, object? value)
    {
        var body = new Dictionary<string, object?> { ["code"] = ZohoErrorCodes.Success, ["message"] = message };
        if (key is not null)
        {
            body[key] = value;
        }

        return TypedResults.Json(body, ZohoJson.Options, statusCode: statusCode);
    }
}
