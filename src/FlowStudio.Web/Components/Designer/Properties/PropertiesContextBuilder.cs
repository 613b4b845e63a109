using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using FlowStudio.Core.Validation;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>
/// Builds a <see cref="PropertiesContext"/>: finds what the node may read (<see cref="FlowUpstream"/>), takes each
/// source's sample from the designer's sample outputs, else a skeleton of the operation's declared output.
/// </summary>
public static class PropertiesContextBuilder
{
    public const string TriggerKey = "trigger";

    public static PropertiesContext Build(
        FlowDefinition flow, FlowNode node, NodeTypeDescriptor type, INodeCatalog catalog, ExpressionEngine engine,
        IReadOnlyDictionary<string, JsonElement> samples, ILookupTableProvider lookups, bool readOnly)
    {
        var upstream = FlowUpstream.Of(flow, node.Id, catalog);
        var steps = upstream.Steps.Where(s => samples.ContainsKey(s.Id)).ToDictionary(s => s.Id, s => samples[s.Id], StringComparer.Ordinal);
        var (triggerSample, triggerIsSkeleton) = samples.TryGetValue(TriggerKey, out var trigger)
            ? (trigger, false)
            : TriggerSkeleton(upstream.Trigger, catalog);
        var scope = new ExpressionScope
        {
            Trigger = triggerIsSkeleton ? null : triggerSample,
            Steps = steps,
            Lookups = lookups,
        };
        // The current item comes from real samples when there are some, else from the steps' declared shapes,
        // so the email step of "list overdue invoices → for each → email" can pick invoice_id before any test run.
        var item = ForEachItem(upstream.ForEach, engine, scope);
        var itemIsSkeleton = false;
        if (item is null && upstream.ForEach is not null)
        {
            var shaped = upstream.Steps
                .Select(s => (s.Id, Sample: steps.TryGetValue(s.Id, out var real) ? real : StepSkeleton(s, catalog).Sample))
                .Where(s => s.Sample is not null)
                .ToDictionary(s => s.Id, s => s.Sample!.Value, StringComparer.Ordinal);
            item = ForEachItem(upstream.ForEach, engine, scope with { Steps = shaped });
            itemIsSkeleton = item is not null;
        }

        scope = scope with { Item = itemIsSkeleton ? null : item };

        var sources = new List<DataSource>();
        if (upstream.Trigger is not null || triggerSample is not null)
        {
            sources.Add(new DataSource($"Trigger{Named(upstream.Trigger)}", ReferenceRoot.Trigger, [], triggerSample, triggerIsSkeleton));
        }

        if (upstream.ForEach is { } forEach)
        {
            sources.Add(new DataSource($"Current item of {forEach.DisplayName}", ReferenceRoot.Item, [], item, itemIsSkeleton));
        }

        foreach (var step in upstream.Steps)
        {
            if (step.Type == NodeTypeKeys.SetVariable && NodeConfig.GetString(step.Config, "name") is { } variable && ReferenceSyntax.IsWritable(variable))
            {
                sources.Add(new DataSource($"Variable {variable}", ReferenceRoot.Vars, [variable], null, IsSkeleton: false));
                continue;
            }

            var (sample, skeleton) = steps.TryGetValue(step.Id, out var output) ? (output, false) : StepSkeleton(step, catalog);
            sources.Add(new DataSource($"{step.DisplayName} ({step.Id})", ReferenceRoot.Steps, [step.Id, "output"], sample, skeleton));
        }

        return new PropertiesContext
        {
            Flow = flow,
            Node = node,
            NodeType = type,
            Catalog = catalog,
            Engine = engine,
            ReadOnly = readOnly,
            Sources = sources,
            PreviewScope = scope,
            Paths = [.. sources.SelectMany(PathsOf)],
        };
    }

    private static IEnumerable<SamplePath> PathsOf(DataSource source) => source.Sample is { } sample
        ? SamplePaths.Collect(source.RootPath, sample)
        : [new SamplePath(source.RootPath, "unknown", null)];

    private static string Named(FlowNode? node) => node is null ? string.Empty : $" ({node.DisplayName})";

    private static JsonElement? ForEachItem(FlowNode? forEach, ExpressionEngine engine, ExpressionScope scope)
    {
        if (forEach is null || NodeConfig.GetString(forEach.Config, "items") is not { Length: > 0 } items)
        {
            return null;
        }

        try
        {
            return PropertiesContext.FirstItem(engine.Evaluate(items, scope));
        }
        catch (ExpressionException)
        {
            return null;
        }
    }

    private static (JsonElement? Sample, bool Skeleton) TriggerSkeleton(FlowNode? trigger, INodeCatalog catalog)
    {
        if (trigger is null)
        {
            return (null, false);
        }

        if (NodeConfig.GetString(trigger.Config, "samplePayload") is { Length: > 0 } payload)
        {
            try
            {
                return (NodeConfig.Parse(payload), false);
            }
            catch (JsonException)
            {
                return (null, false);
            }
        }

        // A poll trigger starts one run per record, so its payload is one record of the list.
        return OperationOf(trigger, catalog)?.Output is { } shape ? (OutputSkeleton.From(shape with { IsList = false }), true) : (null, false);
    }

    private static (JsonElement? Sample, bool Skeleton) StepSkeleton(FlowNode step, INodeCatalog catalog) =>
        OperationOf(step, catalog)?.Output is { } shape ? (OutputSkeleton.From(shape), true) : (null, false);

    private static ConnectorOperationDescriptor? OperationOf(FlowNode node, INodeCatalog catalog) =>
        catalog.Find(node.Type)?.ConfigFields.FirstOrDefault(f => f.FieldType == ConfigFieldType.ConnectorOperation) is { } field
        && NodeConfig.GetString(node.Config, field.Key) is { } key
            ? catalog.FindOperation(key)
            : null;
}
