using System.Runtime.CompilerServices;
using System.Text.Json;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>
/// Hands the interpreter the items to loop over, as a stream: a JSON array is walked in place, a
/// <c>$stream</c> handle is read through <see cref="IItemStreamSource"/> item by item.
/// </summary>
public sealed class ForEachExecutor(IItemStreamSource? streams) : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = context.GetPlan(static (node, expressions) => new Plan(
            expressions.Parse(NodeConfig.GetString(node.Config, "items") ?? "null", new ExpressionSite(node.Id, "items")),
            NodeConfig.Get(node.Config, "parallelism") is { ValueKind: JsonValueKind.Number } p && p.TryGetInt32(out var n) ? Math.Clamp(n, 1, 32) : 1));
        var items = context.Evaluate(plan.Items, "items") switch
        {
            null => Empty(),
            JsonElement { ValueKind: JsonValueKind.Array } array => FromArray(array, context.CancellationToken),
            JsonElement { ValueKind: JsonValueKind.Object } handle when handle.TryGetProperty(IItemStreamSource.HandleProperty, out _) =>
                streams?.OpenAsync(handle, context.CancellationToken),
            IReadOnlyList<object?> list => FromArray(JsonValues.ToElement(list), context.CancellationToken),
            _ => null,
        };
        return ValueTask.FromResult(items is null
            ? NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}': 'items' must give a list{(streams is null ? string.Empty : " or a stream handle")}.", "forEach.items"))
            : NodeResult.Loop(items, plan.Parallelism));
    }

    private static async IAsyncEnumerable<JsonElement> FromArray(JsonElement array, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in array.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<JsonElement> Empty()
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }

    private sealed record Plan(ParsedExpression Items, int Parallelism);
}
