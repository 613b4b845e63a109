using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Salesforce.Schema;

namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>Reads a stored field as the value SOQL compares (string, decimal, bool, DateOnly, DateTimeOffset or null) and compares two of them.</summary>
public static class SoqlValues
{
    public static object? Read(JsonObject record, SField field)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(field);
        if (!record.TryGetPropertyValue(field.Name, out var node) || node is null)
        {
            return null;
        }

        return field.Type switch
        {
            SFieldType.Boolean => node.GetValueKind() == JsonValueKind.True,
            SFieldType.Currency or SFieldType.Number => node.GetValue<decimal>(),
            SFieldType.Date => DateOnly.ParseExact(node.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            SFieldType.DateTime => DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            _ => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString(),
        };
    }

    /// <summary>Orders two non-null values of the same field; text ignores case as SOQL does.</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
        (decimal a, decimal b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (DateTimeOffset a, DateOnly b) => a.CompareTo(new DateTimeOffset(b.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
        (DateOnly a, DateTimeOffset b) => new DateTimeOffset(a.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).CompareTo(b),
        _ => throw new InvalidOperationException($"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
    };

    /// <summary>Salesforce's wire format: dateTime as <c>2025-01-10T12:00:00.000+0000</c>.</summary>
    public static string FormatDateTime(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);
}
