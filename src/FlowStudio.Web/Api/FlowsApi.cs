using System.Text.Json;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Security;
using FlowStudio.Core.Validation;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Flows;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Web.Api;

/// <summary>Flows: list, get, create/import, update, validate, publish, unpublish, export. Bodies are the flow JSON document.</summary>
public static class FlowsApi
{
    public static RouteGroupBuilder MapFlowsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var flows = api.MapGroup("/flows").WithTags("Flows");
        flows.MapGet("/", ListAsync).WithName("ListFlows").WithSummary("Lists flows, newest change first.").RequireAuthorization(Policies.View);
        flows.MapGet("/{id:guid}", GetAsync).WithName("GetFlow").WithSummary("A flow's latest graph and its versions.").RequireAuthorization(Policies.View);
        flows.MapGet("/{id:guid}/export", ExportAsync).WithName("ExportFlow").WithSummary("The flow JSON document of a version (latest by default).").RequireAuthorization(Policies.View);
        flows.MapPost("/", CreateAsync).WithName("CreateFlow").WithSummary("Creates (imports) a flow from a flow JSON document as draft v1.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Design);
        flows.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateFlow")
            .WithSummary("Saves a new draft. Send If-Match: \"<revision>\" to refuse overwriting someone else's change.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Design);
        flows.MapPost("/validate", ValidateAsync).WithName("ValidateFlow").WithSummary("Validates a flow JSON document without saving it.")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Design);
        flows.MapPost("/{id:guid}/publish", PublishAsync).WithName("PublishFlow")
            .WithSummary("Publishes the latest draft if it has no errors.").RequireAuthorization(Policies.Design);
        flows.MapPost("/{id:guid}/unpublish", UnpublishAsync).WithName("UnpublishFlow")
            .WithSummary("Turns the flow off: no published version, its triggers stopped. Publishing again turns it back on.").RequireAuthorization(Policies.Design);
        return api;
    }

    public static async Task<IResult> ListAsync(FlowStore store, string? search, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(search, cancellationToken));

    public static async Task<IResult> GetAsync(Guid id, FlowStore store, CancellationToken cancellationToken)
    {
        var details = await store.GetAsync(id, cancellationToken);
        return details is null
            ? NotFound(id)
            : TypedResults.Ok(new FlowResponse(
                details.Flow,
                JsonDocument.Parse(FlowSerializer.Serialize(details.Latest)).RootElement.Clone(),
                details.Versions));
    }

    public static async Task<IResult> ExportAsync(Guid id, int? version, FlowStore store, CancellationToken cancellationToken)
    {
        var json = await store.ExportAsync(id, version, cancellationToken);
        return json is null
            ? NotFound(id, version)
            : TypedResults.Text(json, "application/json");
    }

    public static async Task<IResult> CreateAsync(HttpContext context, FlowStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (definition, problem) = await FlowDocumentReader.ReadAsync(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await store.CreateAsync(definition!, CurrentActor.FromHttpContext(context), context.RequestAborted);
        return result.Status == FlowCommandStatus.Succeeded
            ? TypedResults.Created($"/api/v1/flows/{result.Flow!.Id}", new FlowSavedResponse(result.Flow, result.Issues))
            : Failure(result);
    }

    public static async Task<IResult> UpdateAsync(Guid id, HttpContext context, FlowStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryReadRevision(context, out var revision))
        {
            return TypedResults.Problem("If-Match must be a flow revision number in quotes, e.g. \"7\".",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid If-Match header");
        }

        var (definition, problem) = await FlowDocumentReader.ReadAsync(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        var result = await store.SaveDraftAsync(id, definition!, revision, CurrentActor.FromHttpContext(context), context.RequestAborted);
        return result.Status == FlowCommandStatus.Succeeded ? TypedResults.Ok(new FlowSavedResponse(result.Flow!, result.Issues)) : Failure(result);
    }

    public static async Task<IResult> ValidateAsync(HttpContext context, FlowStore store)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (definition, problem) = await FlowDocumentReader.ReadAsync(context.Request);
        if (problem is not null)
        {
            return problem;
        }

        var issues = store.Validate(definition!);
        return TypedResults.Ok(new ValidationResponse(!issues.Any(i => i.Severity == ValidationSeverity.Error), issues));
    }

    public static Task<IResult> PublishAsync(Guid id, HttpContext context, FlowStore store) =>
        RevisionCommandAsync(context, (revision, actor, ct) => store.PublishAsync(id, revision, actor, ct));

    public static Task<IResult> UnpublishAsync(Guid id, HttpContext context, FlowStore store) =>
        RevisionCommandAsync(context, (revision, actor, ct) => store.UnpublishAsync(id, revision, actor, ct));

    /// <summary>A flow command guarded by the If-Match revision (optional), answered with the saved flow or the failure.</summary>
    private static async Task<IResult> RevisionCommandAsync(
        HttpContext context, Func<int?, AuditActor, CancellationToken, Task<FlowCommandResult>> command)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryReadRevision(context, out var revision))
        {
            return TypedResults.Problem("If-Match must be a flow revision number in quotes.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await command(revision, CurrentActor.FromHttpContext(context), context.RequestAborted);
        return result.Status == FlowCommandStatus.Succeeded ? TypedResults.Ok(new FlowSavedResponse(result.Flow!, result.Issues)) : Failure(result);
    }

    private static bool TryReadRevision(HttpContext context, out int? revision)
    {
        revision = null;
        var header = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(header))
        {
            return true;
        }

        if (int.TryParse(header.Trim().Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            revision = value;
            return true;
        }

        return false;
    }

    private static ProblemHttpResult NotFound(Guid id, int? version = null) =>
        TypedResults.Problem(version is null ? $"No flow with id {id}." : $"Flow {id} has no version {version}.",
            statusCode: StatusCodes.Status404NotFound, title: "Flow not found");

    private static ProblemHttpResult Failure(FlowCommandResult result) => result.Status switch
    {
        FlowCommandStatus.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Flow not found"),
        FlowCommandStatus.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflicting change"),
        _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Flow is not valid",
            extensions: new Dictionary<string, object?> { ["issues"] = result.Issues }),
    };
}
