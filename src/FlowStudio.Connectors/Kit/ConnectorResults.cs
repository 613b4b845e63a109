using System.Text.Json;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Kit;

/// <summary>Turns a connector's outcome into the engine's <see cref="CallResult"/>.</summary>
public static class ConnectorResults
{
    public static CallResult Success<T>(T value, JsonSerializerOptions options) => CallResult.Success(JsonSerializer.SerializeToElement(value, options));

    /// <summary>A list operation's output: <c>{"items":[…],"count":n,"truncated":bool}</c>.</summary>
    public static async Task<CallResult> ListAsync<T>(IAsyncEnumerable<T> items, int maxItems, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var taken = new List<T>();
        var truncated = false;
        await foreach (var item in items.WithCancellation(cancellationToken))
        {
            if (taken.Count == maxItems)
            {
                truncated = true;
                break;
            }

            taken.Add(item);
        }

        return CallResult.Success(JsonSerializer.SerializeToElement(new ListOutput<T>(taken, taken.Count, truncated), options));
    }

    /// <summary>Maps the expected failures; anything else is a bug and propagates.</summary>
    public static CallResult? Failure(Exception exception, string systemName) => exception switch
    {
        ConnectorInputException input => CallResult.Failed(StepError.Permanent(input.Message, "input.invalid")),
        ConnectorApiException api when api.IsTransient => CallResult.Failed(StepError.Transient(
            $"{systemName}: {api.Message}", api.RetryAfter, Code(systemName, api))),
        ConnectorApiException api => CallResult.Failed(StepError.Permanent($"{systemName}: {api.Message}", Code(systemName, api))),
        ConnectorConnectionException connection => CallResult.Failed(StepError.Permanent(connection.Message, "connection.invalid")),
        _ => null,
    };

    private static string Code(string systemName, ConnectorApiException api) =>
        $"{systemName.ToLowerInvariant().Replace(' ', '-')}.{api.ErrorCode ?? (api.HttpStatus is { } status ? "http_" + status : "unreachable")}";

    private sealed record ListOutput<T>(IReadOnlyList<T> Items, int Count, bool Truncated);
}
