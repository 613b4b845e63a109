using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Sandbox.Kit;

/// <summary>Answers of the sandboxes' admin endpoints (ours, not a provider's): <c>{"message":…}</c> or <c>{"error":…}</c>.</summary>
public static class SandboxAdminResults
{
    public static JsonHttpResult<Dictionary<string, string>> Message(string message) =>
        TypedResults.Json(new Dictionary<string, string> { ["message"] = message });

    public static JsonHttpResult<Dictionary<string, string>> BadRequest(string error) =>
        TypedResults.Json(new Dictionary<string, string> { ["error"] = error }, statusCode: StatusCodes.Status400BadRequest);

    public const string HookUrlProblem = "hook_url must be an absolute http or https URL, e.g. https://flowstudio.example.com/hooks/abc123.";
}
