using System.Globalization;
using System.Text;

namespace FlowStudio.Connectors.ZohoBooks.Http;

/// <summary>Builds Zoho query strings; null and empty values are left out so optional filters stay optional.</summary>
public sealed class ZohoQuery
{
    private readonly List<KeyValuePair<string, string>> values = [];

    public IReadOnlyList<KeyValuePair<string, string>> Values => values;

    public ZohoQuery Add(string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values.Add(new(name, value));
        }

        return this;
    }

    public ZohoQuery Add(string name, DateOnly? value) =>
        Add(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public ZohoQuery Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public ZohoQuery Add(string name, bool? value) =>
        Add(name, value is { } flag ? (flag ? "true" : "false") : null);

    public ZohoQuery With(string name, string? value) => Copy().Add(name, value);

    public ZohoQuery Copy()
    {
        var copy = new ZohoQuery();
        copy.values.AddRange(values);
        return copy;
    }

    public string ToQueryString()
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in values)
        {
            builder.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }
}
