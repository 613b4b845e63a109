using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Kit;

/// <summary>A provider's JSON answer exactly as built (field names and all), with optional extra headers.</summary>
public sealed class JsonReply(int status, JsonNode? body) : IResult
{
    public int Status { get; } = status;

    public JsonNode? Body { get; } = body;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static JsonReply Ok(JsonNode body) => new(StatusCodes.Status200OK, body);

    public JsonReply With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            httpContext.Response.Headers[name] = value;
        }

        if (Body is not null)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            await httpContext.Response.WriteAsync(Body.ToJsonString(), httpContext.RequestAborted);
        }
    }
}
