using System.Text.Json;
using FlowStudio.Core.Runs;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Runs;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Web.Api;

/// <summary>Runs: list, get, start a manual run with a payload, retry from the failed step, cancel, re-run.</summary>
public static class RunsApi
{
    private const int MaxPayloadBytes = 1024 * 1024;

    public static RouteGroupBuilder MapRunsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var runs = api.MapGroup("/runs").WithTags("Runs");
        runs.MapGet("/", ListAsync).WithName("ListRuns")
            .WithSummary("Lists runs, newest first. status takes a comma-separated list; text matches correlation or run id.")
            .RequireAuthorization(Policies.View);
        runs.MapGet("/{id:guid}", GetAsync).WithName("GetRun").WithSummary("A run with its input, steps and waits.").RequireAuthorization(Policies.View);
        runs.MapPost("/{id:guid}/retry", RetryAsync).WithName("RetryRun").WithSummary("Retries a failed run from its failed step.").RequireAuthorization(Policies.Design);
        runs.MapPost("/{id:guid}/cancel", CancelAsync).WithName("CancelRun").WithSummary("Cancels a pending, running or waiting run.").RequireAuthorization(Policies.Design);
        runs.MapPost("/{id:guid}/rerun", RerunAsync).WithName("RerunRun").WithSummary("Starts a new run with the same version and input.").RequireAuthorization(Policies.Design);
        api.MapPost("/flows/{id:guid}/runs", StartAsync).WithName("StartRun").WithTags("Runs")
            .WithSummary("Starts a manual run of the flow's published version; the body is the trigger payload (JSON).")
            .Accepts<JsonElement>("application/json").RequireAuthorization(Policies.Design);
        return api;
    }

    public static async Task<Results<Ok<RunPage>, ProblemHttpResult>> ListAsync(
        RunQueries queries, Guid? flowId, string? status, DateTimeOffset? from, DateTimeOffset? to, string? text,
        int? skip, int? take, CancellationToken cancellationToken)
    {
        var statuses = new List<RunStatus>();
        foreach (var part in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<RunStatus>(part, ignoreCase: true, out var parsed))
            {
                return TypedResults.Problem($"status '{part}' is not one of {string.Join(", ", Enum.GetNames<RunStatus>())}.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid filter");
            }

            statuses.Add(parsed);
        }

        var query = new RunQuery
        {
            FlowId = flowId,
            Statuses = statuses.Count == 0 ? null : statuses,
            From = from,
            To = to,
            Text = text,
            Skip = Math.Max(0, skip ?? 0),
            Take = Math.Clamp(take ?? 50, 1, RunQuery.MaxTake),
        };
        return TypedResults.Ok(await queries.ListAsync(query, cancellationToken));
    }

    public static async Task<Results<Ok<RunDetails>, ProblemHttpResult>> GetAsync(Guid id, RunQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } run
            ? TypedResults.Ok(run)
            : TypedResults.Problem($"No run with id {id}.", statusCode: StatusCodes.Status404NotFound, title: "Run not found");

    public static async Task<IResult> StartAsync(Guid id, HttpContext context, RunLauncher launcher, string? correlation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.ContentLength > MaxPayloadBytes)
        {
            return TypedResults.Problem("The payload is larger than 1 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        JsonElement payload;
        try
        {
            payload = context.Request.ContentLength is null or 0
                ? JsonDocument.Parse("{}").RootElement.Clone()
                : (await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted)).RootElement.Clone();
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"The payload is not valid JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid payload", extensions: new Dictionary<string, object?> { ["line"] = e.LineNumber + 1, ["position"] = e.BytePositionInLine + 1 });
        }

        var result = await launcher.StartAsync(id, payload, CurrentActor.FromHttpContext(context), correlation, context.RequestAborted);
        return result.Succeeded
            ? TypedResults.Accepted($"/api/v1/runs/{result.RunId}", new { runId = result.RunId })
            : Failure(result);
    }

    public static async Task<IResult> RetryAsync(Guid id, HttpContext context, RunLauncher launcher) =>
        Outcome(await launcher.RetryAsync(id, CurrentActor.FromHttpContext(context), context.RequestAborted));

    public static async Task<IResult> CancelAsync(Guid id, HttpContext context, RunLauncher launcher) =>
        Outcome(await launcher.CancelAsync(id, CurrentActor.FromHttpContext(context), context.RequestAborted));

    public static async Task<IResult> RerunAsync(Guid id, HttpContext context, RunLauncher launcher)
    {
        var result = await launcher.RerunAsync(id, CurrentActor.FromHttpContext(context), context.RequestAborted);
        return result.Succeeded ? TypedResults.Accepted($"/api/v1/runs/{result.RunId}", new { runId = result.RunId }) : Failure(result);
    }

    private static IResult Outcome(RunCommandResult result) =>
        result.Succeeded ? TypedResults.Ok(new { runId = result.RunId }) : Failure(result);

    private static ProblemHttpResult Failure(RunCommandResult result) => result.Status switch
    {
        RunCommandStatus.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        RunCommandStatus.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot start"),
    };
}
