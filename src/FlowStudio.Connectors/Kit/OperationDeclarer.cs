using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.Kit;

/// <summary>Short-hands for declaring one connector's operations (kind, idempotency, output shape, inputs).</summary>
public sealed class OperationDeclarer(string connector)
{
    public ConnectorOperationDescriptor Read(string operation, string name, string description, ConnectorOutputShape output, params ConfigFieldDescriptor[] inputs) =>
        Declare(operation, name, description, ConnectorOperationKind.DataSource, IdempotencyStrategy.ReadOnly, output, inputs);

    public ConnectorOperationDescriptor Write(string operation, string name, string description, IdempotencyStrategy idempotency, ConnectorOutputShape output, params ConfigFieldDescriptor[] inputs) =>
        Declare(operation, name, description, ConnectorOperationKind.Action, idempotency, output, inputs);

    public static ConfigFieldDescriptor Text(string key, string label, bool required = false, string? help = null) =>
        new(key, label, ConfigFieldType.Text) { Required = required, HelpText = help };

    public static ConfigFieldDescriptor Money(string key, string label, bool required = false) =>
        new(key, label, ConfigFieldType.Number) { Required = required, Minimum = 0m, HelpText = "Decimal amount in major units, e.g. 125.50." };

    public static ConfigFieldDescriptor Flag(string key, string label, string? help = null) => new(key, label, ConfigFieldType.Boolean) { HelpText = help };

    public static ConfigFieldDescriptor Expression(string key, string label, bool required, string help) =>
        new(key, label, ConfigFieldType.Expression) { Required = required, HelpText = help };

    public static ConfigFieldDescriptor MaxItems(int defaultValue = 100) =>
        new("max_items", "Maximum items", ConfigFieldType.Number) { Minimum = 1, Maximum = 10_000, DefaultValue = defaultValue.ToString(System.Globalization.CultureInfo.InvariantCulture), HelpText = "Stops paging after this many." };

    public static ConnectorOutputShape One(string entity, params string[] fields) => new(entity, false, Fields(fields));

    /// <summary>A list read through <see cref="ConnectorResults.ListAsync{T}"/>: <c>{"items":[…],"count","truncated"}</c>.</summary>
    public static ConnectorOutputShape Many(string entity, params string[] fields) =>
        ConnectorOutputShape.ListIn(entity, "items", Fields(fields), new("count", "number"), new("truncated", "boolean"));

    /// <summary>Fields as <c>name:type</c>; type defaults to text.</summary>
    private static ImmutableArray<ConnectorOutputField> Fields(string[] fields) =>
        [.. fields.Select(f => f.Split(':') is [var name, var type] ? new ConnectorOutputField(name, type) : new ConnectorOutputField(f, "text"))];

    private ConnectorOperationDescriptor Declare(
        string operation,
        string name,
        string description,
        ConnectorOperationKind kind,
        IdempotencyStrategy idempotency,
        ConnectorOutputShape output,
        ConfigFieldDescriptor[] inputs) => new()
        {
            Connector = connector,
            Operation = operation,
            DisplayName = name,
            Description = description,
            Kind = kind,
            Idempotency = idempotency,
            Output = output,
            Inputs = [.. inputs],
        };
}
