using System.Security.Claims;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Infrastructure.Runs.Approvals;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Web.Api;

/// <summary>The approvals inbox: waits the caller may decide, and the decision.</summary>
public static class ApprovalsApi
{
    public static RouteGroupBuilder MapApprovalsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var approvals = api.MapGroup("/approvals").WithTags("Approvals");
        approvals.MapGet("/", ListAsync).WithName("ListApprovals")
            .WithSummary("Open approval waits for the caller's roles (all of them for an Admin), oldest first.")
            .RequireAuthorization(Policies.Review);
        approvals.MapPost("/decisions", DecideAsync).WithName("DecideApproval")
            .WithSummary("Approves or rejects a wait; the run continues at the approved or rejected port. Rejecting needs a comment.")
            .RequireAuthorization(Policies.Review);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ApprovalItem>>> ListAsync(HttpContext context, ApprovalInbox inbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TypedResults.Ok(await inbox.ListAsync(RolesOf(context.User), cancellationToken));
    }

    public static async Task<IResult> DecideAsync(ApprovalDecision decision, HttpContext context, ApprovalInbox inbox)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(decision.BookmarkId))
        {
            return Invalid("bookmarkId is required.");
        }

        var approve = decision.Decision?.Trim().ToLowerInvariant() switch
        {
            "approve" or "approved" => true,
            "reject" or "rejected" => false,
            _ => (bool?)null,
        };
        if (approve is null)
        {
            return Invalid($"decision '{decision.Decision}' is not 'approve' or 'reject'.");
        }

        if (approve == false && string.IsNullOrWhiteSpace(decision.Comment))
        {
            return Invalid("A rejection needs a comment saying why.");
        }

        var result = await inbox.DecideAsync(decision.BookmarkId, approve.Value, CurrentActor.FromHttpContext(context), RolesOf(context.User), decision.Comment, context.RequestAborted);
        return result.Status switch
        {
            RunCommandStatus.Succeeded => TypedResults.Ok(new { runId = result.RunId }),
            RunCommandStatus.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
            RunCommandStatus.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Already decided"),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not your decision"),
        };
    }

    private static ProblemHttpResult Invalid(string message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid decision");

    private static string[] RolesOf(ClaimsPrincipal user) => [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)];
}

/// <summary>A decision on an approval wait: <c>approve</c> or <c>reject</c>, with an optional (for a rejection, required) comment.</summary>
public sealed record ApprovalDecision(string BookmarkId, string? Decision, string? Comment);
