using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Lookups;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Designer.Properties;

public partial class NodePropertiesPanel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private FlowNode? node;
    private NodeTypeDescriptor? type;
    private JsonElement config = NodeConfig.Empty;
    private PropertiesContext? context;
    private string configText = "{}";
    private string? configError;
    private FlowDefinition? builtFor;
    private IReadOnlyDictionary<string, JsonElement>? builtWith;
    private bool builtReadOnly;

    [Parameter, EditorRequired] public FlowDefinition Flow { get; set; } = default!;

    [Parameter, EditorRequired] public string NodeId { get; set; } = string.Empty;

    [Parameter] public IReadOnlyDictionary<string, JsonElement> SampleOutputs { get; set; } = new Dictionary<string, JsonElement>();

    [Parameter] public bool ReadOnly { get; set; }

    /// <summary>The flow being edited, so a webhook trigger can show its hook URL; null when not saved yet.</summary>
    [Parameter] public Guid? FlowId { get; set; }

    [Parameter] public EventCallback<FlowNode> NodeChanged { get; set; }

    [Inject] private INodeCatalog Catalog { get; set; } = default!;

    [Inject] private ExpressionEngine Engine { get; set; } = default!;

    [Inject] private IServiceProvider Services { get; set; } = default!;

    protected override void OnParametersSet()
    {
        var current = Flow.FindNode(NodeId);
        if (ReferenceEquals(current, node) && ReferenceEquals(builtFor, Flow) && ReferenceEquals(builtWith, SampleOutputs) && builtReadOnly == ReadOnly)
        {
            return;
        }

        if (!ReferenceEquals(current, node))
        {
            configError = null;
        }

        node = current;
        builtFor = Flow;
        builtWith = SampleOutputs;
        builtReadOnly = ReadOnly;
        type = node is null ? null : Catalog.Find(node.Type);
        config = node?.Config ?? NodeConfig.Empty;
        configText = JsonSerializer.Serialize(config, Indented);
        context = node is null || type is null
            ? null
            : PropertiesContextBuilder.Build(
                Flow, node, type, Catalog, Engine, SampleOutputs,
                Services.GetService<ILookupTableProvider>() ?? LookupTableSet.Empty, ReadOnly);
    }

    private static string IconOf(NodeTypeDescriptor? descriptor) => descriptor?.Icon switch
    {
        null => Icons.Material.Filled.HelpOutline,
        var name => typeof(Icons.Material.Filled).GetField(name.Split('.')[^1])?.GetValue(null) as string ?? Icons.Material.Filled.Widgets,
    };

    /// <summary>
    /// A field with a <see cref="FieldCondition"/> belongs to one choice of another field (e.g. a delay's
    /// duration to mode "duration"), so it is shown only while that choice is made.
    /// </summary>
    private bool IsVisible(ConfigFieldDescriptor field) => field.RequiredWhen is not { } when || ConditionHolds(when);

    private bool ConditionHolds(FieldCondition condition) =>
        (NodeConfig.GetString(config, condition.FieldKey) ?? type?.FindField(condition.FieldKey)?.DefaultValue) == condition.Value;

    private bool IsRequired(ConfigFieldDescriptor field) => field.Required || (field.RequiredWhen is { } when && ConditionHolds(when));

    private bool IsMissing(ConfigFieldDescriptor field) => IsRequired(field) && !NodeConfig.HasValue(config, field.Key);

    /// <summary>Missing required config fields, then required inputs of the chosen operation that are not mapped.</summary>
    private IEnumerable<(string Key, string Label)> MissingFields()
    {
        foreach (var field in context!.NodeType.ConfigFields.Where(f => IsVisible(f) && IsMissing(f)))
        {
            yield return (field.Key, field.Label);
        }

        var mapping = context.NodeType.ConfigFields.FirstOrDefault(f => f.FieldType == ConfigFieldType.FieldMapping);
        if (mapping is not null && context.SelectedOperation is { } operation)
        {
            var mapped = NodeConfig.Get(config, mapping.Key);
            foreach (var input in operation.Inputs.Where(i => i.Required))
            {
                if (mapped is not { ValueKind: JsonValueKind.Object } m || !NodeConfig.HasValue(m, input.Key))
                {
                    yield return ($"{mapping.Key}.{input.Key}", $"{input.Label} (input)");
                }
            }
        }
    }

    private async Task LabelChangedAsync(string? value)
    {
        if (node is null || ReadOnly)
        {
            return;
        }

        await NodeChanged.InvokeAsync(node with { Label = string.IsNullOrWhiteSpace(value) ? null : value.Trim() });
    }

    /// <summary>Fields the schedule editor owns instead of one editor each.</summary>
    private static readonly HashSet<string> ScheduleFields = ["cron", "timeZone", "misfire"];

    private bool IsSchedule => node?.Type == NodeTypeKeys.ScheduleTrigger;

    private bool IsOwnedByScheduleEditor(ConfigFieldDescriptor field) => IsSchedule && ScheduleFields.Contains(field.Key);

    private string? CronValue => NodeConfig.GetString(config, "cron");

    private string? TimeZoneValue => NodeConfig.GetString(config, "timeZone");

    private string? MisfireValue => NodeConfig.GetString(config, "misfire");

    private Task OnCronChangedAsync(string value) => ScheduleChangedAsync("cron", value);

    private Task OnTimeZoneChangedAsync(string value) => ScheduleChangedAsync("timeZone", value);

    private Task OnMisfireChangedAsync(string value) => ScheduleChangedAsync("misfire", value);

    private Task ScheduleChangedAsync(string key, string? value) =>
        SetTextAsync(key, string.IsNullOrWhiteSpace(value) ? null : value);

    private Task SetTextAsync(string key, string? value) => SetConfigValueAsync(key, value is null ? null : JsonValue.Create(value));

    private Task FieldChangedAsync(ConfigFieldDescriptor field, JsonNode? value) => SetConfigValueAsync(field.Key, value);

    /// <summary>Sets (or, for null, removes) one key of the node's config and hands the node on.</summary>
    private async Task SetConfigValueAsync(string key, JsonNode? value)
    {
        if (node is null || ReadOnly)
        {
            return;
        }

        var updated = JsonNode.Parse(config.GetRawText()) as JsonObject ?? [];
        if (value is null)
        {
            updated.Remove(key);
        }
        else
        {
            updated[key] = value.DeepClone();
        }

        await ApplyAsync(NodeConfig.From(updated));
    }

    private async Task RawConfigChangedAsync(string value)
    {
        configText = value;
        if (node is null || ReadOnly)
        {
            return;
        }

        try
        {
            var parsed = NodeConfig.Parse(value);
            if (parsed.ValueKind != JsonValueKind.Object)
            {
                configError = "The configuration must be a JSON object.";
                return;
            }

            configError = null;
            await ApplyAsync(parsed);
        }
        catch (JsonException ex)
        {
            configError = $"Line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}";
        }
    }

    // The page owns the flow: it applies the change (with undo) and passes the new flow back in.
    private async Task ApplyAsync(JsonElement newConfig)
    {
        config = newConfig;
        configText = JsonSerializer.Serialize(config, Indented);
        await NodeChanged.InvokeAsync(node! with { Config = newConfig });
    }
}
