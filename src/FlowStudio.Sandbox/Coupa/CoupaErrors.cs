using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;

namespace FlowStudio.Sandbox.Coupa;

/// <summary>
/// Coupa's JSON error body. Its exact shape is not in our API notes (UNVERIFIED); the sandbox answers the Rails-style
/// <c>{"errors":{"base":["…"]}}</c> (a field name instead of <c>base</c> for a field's problem), which the client reads.
/// </summary>
public static class CoupaErrors
{
    public static JsonReply Error(int status, string message, string field = "base") =>
        new(status, new JsonObject { ["errors"] = new JsonObject { [field] = new JsonArray(message) } });

    public static SandboxReplyException Invalid(string message, string field = "base") => new(Error(400, message, field));

    public static JsonReply OAuth(int status, string error, string description) =>
        new(status, new JsonObject { ["error"] = error, ["error_description"] = description });
}
