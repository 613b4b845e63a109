using System.Globalization;
using System.Text.Json;
using FlowStudio.Connectors.ZohoBooks.Models;
using FlowStudio.Core.Catalog;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>
/// An operation's mapped input checked against its declaration (an object, only declared keys, required
/// fields present, choices among their options, numbers within bounds) and read into the client's types.
/// Handlers read what they need, then <see cref="EnsureValid"/> throws before anything is sent.
/// </summary>
internal sealed class ZohoInput
{
    private static readonly string[] LineItemFields =
        ["item_id", "account_id", "name", "description", "rate", "quantity", "unit", "tax_id", "item_order"];

    private static readonly string[] CustomFieldFields = ["customfield_id", "label", "value"];

    private readonly ConnectorOperationDescriptor operation;
    private readonly InputProblems problems = new();

    public ZohoInput(ConnectorOperationDescriptor operation, JsonElement input)
    {
        this.operation = operation;
        Raw = input.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? JsonValues.EmptyObject : input;
        Fields = new InputObject(Raw, string.Empty, problems);
        if (Raw.ValueKind != JsonValueKind.Object)
        {
            problems.Add("input", $"must be an object of field → value, got {InputObject.Describe(Raw)}");
            return;
        }

        CheckDeclaration();
    }

    /// <summary>The input as given (an object), e.g. to put into a stream handle.</summary>
    public JsonElement Raw { get; }

    public InputObject Fields { get; }

    public string? Text(string key) => Fields.Text(key);

    /// <summary>A required top-level text (its presence is checked from the declaration).</summary>
    public string Required(string key) => Fields.Text(key) ?? string.Empty;

    public decimal? Decimal(string key) => Fields.Decimal(key);

    public int? Integer(string key) => Fields.Integer(key);

    public bool? Flag(string key) => Fields.Flag(key);

    public DateOnly? Date(string key) => Fields.Date(key);

    public IReadOnlyList<string>? Texts(string key) => Fields.Texts(key);

    public IReadOnlyList<ZohoLineItem>? LineItems(string key = "line_items") => Fields.Objects(key, LineItemFields, line =>
    {
        if (!line.Has("item_id") && !line.Has("account_id") && !line.Has("name"))
        {
            line.RejectValue("item_id", "is required (or give account_id or name)");
        }

        return new ZohoLineItem
        {
            ItemId = line.Text("item_id"),
            AccountId = line.Text("account_id"),
            Name = line.Text("name"),
            Description = line.Text("description"),
            Rate = line.Decimal("rate"),
            Quantity = line.Decimal("quantity"),
            Unit = line.Text("unit"),
            TaxId = line.Text("tax_id"),
            ItemOrder = line.Integer("item_order"),
        };
    });

    public IReadOnlyList<ZohoCustomField>? CustomFields(string key = "custom_fields") => Fields.Objects(key, CustomFieldFields, field =>
    {
        if (!field.Has("customfield_id") && !field.Has("label"))
        {
            field.RejectValue("customfield_id", "is required (or give label)");
        }

        return new ZohoCustomField
        {
            CustomfieldId = field.Text("customfield_id"),
            Label = field.Text("label"),
            Value = field.Scalar("value"),
        };
    });

    /// <summary>Throws when any problem was found; call after reading and before sending.</summary>
    /// <exception cref="ZohoInputException">The input has problems.</exception>
    public void EnsureValid()
    {
        if (problems.Any)
        {
            throw new ZohoInputException(operation.DisplayName, problems.Messages);
        }
    }

    /// <summary>The raw input without <paramref name="key"/>.</summary>
    public JsonElement Without(string key) => JsonValues.Build((Raw, key), static (writer, state) =>
    {
        writer.WriteStartObject();
        foreach (var property in state.Raw.EnumerateObject().Where(p => p.Name != state.key))
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    });

    private void CheckDeclaration()
    {
        var declared = operation.Inputs.ToDictionary(i => i.Key, StringComparer.Ordinal);
        Fields.RejectUnknown(declared.Keys);
        foreach (var field in operation.Inputs)
        {
            if (!Fields.Has(field.Key))
            {
                if (field.Required)
                {
                    problems.Add(field.Key, "is required");
                }

                continue;
            }

            if (field.Required && Raw.GetProperty(field.Key) is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() == 0)
            {
                problems.Add(field.Key, "needs at least one entry");
            }

            if (field.FieldType == ConfigFieldType.Select && Fields.Text(field.Key) is { } choice
                && !field.Options.Any(o => string.Equals(o.Value, choice, StringComparison.Ordinal)))
            {
                problems.Add(field.Key, $"must be one of {string.Join(", ", field.Options.Select(o => o.Value))}, got '{choice}'");
            }

            if (field.FieldType == ConfigFieldType.Number && Fields.Decimal(field.Key) is { } number)
            {
                if (field.Minimum is { } minimum && number < minimum)
                {
                    problems.Add(field.Key, $"must be at least {minimum.ToString(CultureInfo.InvariantCulture)}, got {number.ToString(CultureInfo.InvariantCulture)}");
                }
                else if (field.Maximum is { } maximum && number > maximum)
                {
                    problems.Add(field.Key, $"must be at most {maximum.ToString(CultureInfo.InvariantCulture)}, got {number.ToString(CultureInfo.InvariantCulture)}");
                }
            }
        }
    }
}
