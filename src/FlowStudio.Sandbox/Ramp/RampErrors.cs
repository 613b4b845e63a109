using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Kit;

namespace FlowStudio.Sandbox.Ramp;

/// <summary>
/// Ramp's error body. Its exact shape is not in our API notes (UNVERIFIED); the sandbox answers
/// <c>{"error_v2":{"error_code","message","additional_info","notes"}}</c>, which the client reads along with simpler forms.
/// </summary>
public static class RampErrors
{
    public static JsonReply Error(int status, string code, string message) => new(status, new JsonObject
    {
        ["error_v2"] = new JsonObject { ["error_code"] = code, ["message"] = message, ["additional_info"] = new JsonObject(), ["notes"] = string.Empty },
    });

    public static SandboxReplyException Invalid(string message) => new(Error(400, "INVALID_REQUEST", message));
}
