using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.ZohoBooks.Catalog;

/// <summary>
/// Every Zoho Books operation, declared once: the palette, mapping editor, validation and agent gateway are
/// generated from these. Ids are <c>zoho-books.{module}.{verb}</c>.
/// </summary>
public static partial class ZohoBooksOperations
{
    public const string Connector = "zoho-books";

    private static readonly Lazy<ImmutableArray<ConnectorOperationDescriptor>> Declared = new(() =>
        [.. Contacts(), .. ContactChanges(), .. Invoices(), .. Receivables(), .. Payables(), .. Accounting()]);

    public static ImmutableArray<ConnectorOperationDescriptor> All => Declared.Value;

    public static ConnectorOperationDescriptor? Find(string key) => All.FirstOrDefault(o => o.Key == key);

    /// <summary>Adds every operation's descriptor to the catalog.</summary>
    /// <exception cref="InvalidOperationException">An operation is already registered.</exception>
    public static void Register(INodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var operation in All)
        {
            catalog.AddOperation(operation);
        }
    }

    /// <summary>Records a list step returns when no <c>limit</c> is mapped; a for-each over its <c>stream</c> reads them all.</summary>
    public const int DefaultListLimit = 200;

    public const int MaxListLimit = 1000;

    /// <summary>A read; a list also takes <c>limit</c>.</summary>
    private static ConnectorOperationDescriptor Read(string operation, string name, string description, ConnectorOutputShape output, params ConfigFieldDescriptor[] inputs) =>
        Declare(operation, name, description, ConnectorOperationKind.DataSource, IdempotencyStrategy.ReadOnly, output, output.IsList ? [.. inputs, Limit()] : inputs);

    private static ConnectorOperationDescriptor Write(
        string operation,
        string name,
        string description,
        IdempotencyStrategy idempotency,
        ConnectorOutputShape output,
        params ConfigFieldDescriptor[] inputs) =>
        Declare(operation, name, description, ConnectorOperationKind.Action, idempotency, output, inputs);

    private static ConnectorOperationDescriptor Declare(
        string operation,
        string name,
        string description,
        ConnectorOperationKind kind,
        IdempotencyStrategy idempotency,
        ConnectorOutputShape output,
        ConfigFieldDescriptor[] inputs) => new()
        {
            Connector = Connector,
            Operation = operation,
            DisplayName = name,
            Description = description,
            Kind = kind,
            Idempotency = idempotency,
            Output = output,
            Inputs = [.. inputs],
        };

    private static ConfigFieldDescriptor Text(string key, string label, bool required = false, string? help = null) =>
        new(key, label, ConfigFieldType.Text) { Required = required, HelpText = help };

    private static ConfigFieldDescriptor Money(string key, string label, bool required = false) =>
        new(key, label, ConfigFieldType.Number) { Required = required, Minimum = 0m, HelpText = "Decimal amount in the document's currency." };

    private static ConfigFieldDescriptor Integer(string key, string label, decimal? minimum = null) =>
        new(key, label, ConfigFieldType.Number) { Minimum = minimum };

    private static ConfigFieldDescriptor Flag(string key, string label) => new(key, label, ConfigFieldType.Boolean);

    private static ConfigFieldDescriptor Date(string key, string label, bool required = false) =>
        new(key, label, ConfigFieldType.Text) { Required = required, HelpText = "yyyy-mm-dd" };

    private static ConfigFieldDescriptor Id(string key, string label, bool required = true) =>
        new(key, label, ConfigFieldType.Text) { Required = required, HelpText = "Zoho id (numeric string)." };

    private static ConfigFieldDescriptor List(string key, string label, bool required, string help) =>
        new(key, label, ConfigFieldType.Expression) { Required = required, HelpText = help };

    private static ConfigFieldDescriptor Choice(string key, string label, bool required, params string[] values) =>
        new(key, label, ConfigFieldType.Select) { Required = required, Options = [.. values.Select(v => new SelectOption(v, v))] };

    private static ConfigFieldDescriptor Limit() => new("limit", "Maximum records", ConfigFieldType.Number)
    {
        Minimum = 1,
        Maximum = MaxListLimit,
        DefaultValue = DefaultListLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        HelpText = $"At most this many records (default {DefaultListLimit}, up to {MaxListLimit}); loop over 'stream' to read every record.",
    };

    private static ConfigFieldDescriptor IdempotencyKey() =>
        new("idempotency_key", "Idempotency key", ConfigFieldType.Text) { HelpText = "Filled by the engine from run, node and iteration." };

    private static ConnectorOutputShape One(string entity, params string[] fields) => new(entity, false, Fields(fields));

    private static ConnectorOutputShape Many(string entity, params string[] fields) => ConnectorOutputShape.ListIn(
        entity, Invocation.ZohoOutput.Plural(entity), Fields(fields),
        new("count", "number"), new("has_more", "boolean"), new("stream", "object"));

    /// <summary>Fields as <c>name:type</c>; type defaults to text.</summary>
    private static ImmutableArray<ConnectorOutputField> Fields(string[] fields) =>
        [.. fields.Select(f => f.Split(':') is [var name, var type] ? new ConnectorOutputField(name, type) : new ConnectorOutputField(f, "text"))];

    private static ConfigFieldDescriptor LineItems(bool required) =>
        List("line_items", "Line items", required, "List of { item_id | account_id, name, description, rate, quantity, tax_id }.");

    private static ConfigFieldDescriptor CustomFields() => List("custom_fields", "Custom fields", false, "List of { customfield_id, value }.");
}
