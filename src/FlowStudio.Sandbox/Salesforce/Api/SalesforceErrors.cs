using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Salesforce.Api;

/// <summary>Salesforce's REST error body: a JSON array <c>[{"message","errorCode","fields"?}]</c>.</summary>
public static class SalesforceErrors
{
    public static IResult Error(int status, string errorCode, string message, IReadOnlyList<string>? fields = null) =>
        TypedResults.Json(
            new[] { fields is null ? (object)new { message, errorCode } : new { message, errorCode, fields } },
            statusCode: status);

    public static IResult NotFound() => Error(404, "NOT_FOUND", "The requested resource does not exist");

    public static IResult InvalidSession() => Error(401, "INVALID_SESSION_ID", "Session expired or invalid");
}
