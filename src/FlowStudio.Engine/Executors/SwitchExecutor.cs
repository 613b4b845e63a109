using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Engine.Execution;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Executors;

/// <summary>Takes the port of the first case whose <c>when</c> holds, else <c>default</c>; the output is the port name.</summary>
public sealed class SwitchExecutor : INodeExecutor
{
    public ValueTask<NodeResult> ExecuteAsync(NodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cases = context.GetPlan(static (node, expressions) => Parse(node, expressions));
        foreach (var (name, field, when) in cases)
        {
            switch (context.Evaluate(when, field))
            {
                case true:
                    return ValueTask.FromResult(NodeResult.Next(JsonValues.ToElement(name), name));
                case false or null:
                    continue;
                default:
                    return ValueTask.FromResult(NodeResult.Fail(StepError.Permanent($"Node '{context.Node.DisplayName}' case '{name}': 'when' must give true or false.", "switch.notBoolean")));
            }
        }

        return ValueTask.FromResult(NodeResult.Next(JsonValues.ToElement(PortNames.Default), PortNames.Default));
    }

    private static List<(string Name, string Field, ParsedExpression When)> Parse(FlowNode node, ExpressionEngine expressions)
    {
        var cases = new List<(string, string, ParsedExpression)>();
        if (NodeConfig.Get(node.Config, "cases") is not { ValueKind: JsonValueKind.Array } items)
        {
            return cases;
        }

        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var field = $"cases[{index++}].when";
            if (NodeConfig.GetString(item, "name") is { Length: > 0 } name && NodeConfig.GetString(item, "when") is { Length: > 0 } when)
            {
                cases.Add((name, field, expressions.Parse(when, new ExpressionSite(node.Id, field))));
            }
        }

        return cases;
    }
}
