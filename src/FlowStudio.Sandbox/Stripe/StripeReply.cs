using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>A Stripe API answer: status and JSON body. Kept as data so an idempotent request can replay it exactly.</summary>
public sealed class StripeReply(int status, JsonNode body) : IResult
{
    public int Status { get; } = status;

    public JsonNode Body { get; } = body;

    public bool Replayed { get; init; }

    public static StripeReply Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public static StripeReply Error(int status, string type, string message, string? code = null, string? param = null, JsonObject? extra = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = "https://stripe.com/docs/error-codes/" + code.Replace('_', '-');
        }

        if (param is not null)
        {
            error["param"] = param;
        }

        foreach (var (key, value) in extra ?? [])
        {
            error[key] = value?.DeepClone();
        }

        return new(status, new JsonObject { ["error"] = error });
    }

    public static StripeReply NotFound(string objectName, string id, string param = "id") =>
        Error(StatusCodes.Status404NotFound, "invalid_request_error", $"No such {objectName}: '{id}'", "resource_missing", param);

    public static StripeReply Invalid(string message, string param, string code = "parameter_invalid_empty") =>
        Error(StatusCodes.Status400BadRequest, "invalid_request_error", message, code, param);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = "application/json";
        httpContext.Response.Headers["Request-Id"] = "req_" + Guid.NewGuid().ToString("N")[..14];
        httpContext.Response.Headers["Stripe-Version"] = StripeSandboxDemo.ApiVersion;
        if (Replayed)
        {
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }

        await httpContext.Response.WriteAsync(Body.ToJsonString(), httpContext.RequestAborted);
    }
}
