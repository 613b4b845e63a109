using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FlowStudio.Web.Api;

/// <summary>Connections: list, get and test. Never a secret value: secrets appear as the names of those set.</summary>
public static class ConnectionsApi
{
    public static RouteGroupBuilder MapConnectionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var connections = api.MapGroup("/connections").WithTags("Connections").RequireAuthorization(Policies.Design);
        connections.MapGet("/", ListAsync).WithName("ListConnections")
            .WithSummary("Lists connections by name, with the flows using each; secrets only as the names of those set.");
        connections.MapGet("/{id}", GetAsync).WithName("GetConnection").WithSummary("One connection; never a secret value.");
        connections.MapPost("/{id}/test", TestAsync).WithName("TestConnection")
            .WithSummary("Runs the connector's test against the connection and records the outcome.");
        return api;
    }

    public static async Task<Ok<List<ConnectionResponse>>> ListAsync(
        ConnectionStore store, ConnectionUsages usages, CancellationToken cancellationToken)
    {
        var used = await usages.AllAsync(cancellationToken);
        var connections = await store.ListAsync(cancellationToken);
        return TypedResults.Ok(connections.Select(c => ConnectionResponse.From(c, used.GetValueOrDefault(c.Id) ?? [])).ToList());
    }

    public static async Task<Results<Ok<ConnectionResponse>, ProblemHttpResult>> GetAsync(
        string id, ConnectionStore store, ConnectionUsages usages, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } connection
            ? TypedResults.Ok(ConnectionResponse.From(connection, await usages.FlowsUsingAsync(id, cancellationToken)))
            : NotFound(id);

    public static async Task<Results<Ok<ConnectionTestResponse>, ProblemHttpResult>> TestAsync(
        string id, HttpContext context, ConnectionTester tester)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await tester.TestAsync(id, CurrentActor.FromHttpContext(context), context.RequestAborted);
        return result.Status switch
        {
            ConnectionCommandStatus.Succeeded when result.Connection?.LastTest is { } test =>
                TypedResults.Ok(new ConnectionTestResponse(test.Succeeded, test.Message, test.TestedAt)),
            ConnectionCommandStatus.NotFound => NotFound(id),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Cannot test"),
        };
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No connection with id '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Connection not found");
}
