using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;

namespace FlowStudio.Sandbox.HubSpot;

/// <summary>HubSpot's error body: <c>{"status":"error","message","correlationId","category"}</c>.</summary>
public static class HubSpotErrors
{
    public static JsonReply Error(int status, string category, string message, JsonObject? extra = null)
    {
        var body = new JsonObject
        {
            ["status"] = "error",
            ["message"] = message,
            ["correlationId"] = Guid.NewGuid().ToString(),
            ["category"] = category,
        };
        foreach (var (key, value) in extra ?? [])
        {
            body[key] = value?.DeepClone();
        }

        return new JsonReply(status, body);
    }

    public static JsonReply NotFound(string type, string id) => Error(404, "OBJECT_NOT_FOUND", $"resource not found: {type} {id}");

    public static SandboxReplyException Validation(string message) => new(Error(400, "VALIDATION_ERROR", message));
}
