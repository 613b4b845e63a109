using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

/// <summary>Descriptors of the node types FlowStudio ships with.</summary>
public static partial class BuiltInNodeTypes
{
    // Computed, not stored: static initializers in partial files run in no guaranteed order.
    public static ImmutableArray<NodeTypeDescriptor> All =>
    [
        ManualTrigger, WebhookTrigger, ScheduleTrigger, PollTrigger,
        ConnectorAction, HttpRequest, CallSubFlow,
        Map, Condition, Switch, SetVariable,
        ForEach, Merge, Delay, Stop, Fail,
        WaitForApproval,
    ];

    private static PortDescriptor InPort => new(PortNames.In, "In");

    private static PortDescriptor OutPort => new(PortNames.Out, "Out");

    private static PortDescriptor ErrorPort => new(PortNames.Error, "On error");

    private static ConfigFieldDescriptor Field(string key, string label, ConfigFieldType type, string help, bool required = false) =>
        new(key, label, type) { Required = required, HelpText = help };

    private static ImmutableArray<SelectOption> Options(params string[] values) =>
        [.. values.Select(v => new SelectOption(v, v))];
}
