using System.Globalization;
using System.Text;

namespace FlowStudio.Connectors.Stripe;

/// <summary>Builds Stripe's form-encoded bodies and queries: <c>amount=2000&amp;metadata[order]=1</c>.</summary>
public sealed class StripeForm
{
    private readonly List<KeyValuePair<string, string>> values = [];

    public StripeForm Add(string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values.Add(new(key, value));
        }

        return this;
    }

    public StripeForm Add(string key, long? value) => value is null ? this : Add(key, value.Value.ToString(CultureInfo.InvariantCulture));

    public StripeForm Add(string key, bool? value) => value is null ? this : Add(key, value.Value ? "true" : "false");

    public StripeForm AddMap(string key, IReadOnlyDictionary<string, string>? map)
    {
        foreach (var (name, value) in map ?? new Dictionary<string, string>())
        {
            values.Add(new($"{key}[{name}]", value));
        }

        return this;
    }

    public bool IsEmpty => values.Count == 0;

    public FormUrlEncodedContent ToContent() => new(values);

    public string ToQueryString()
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in values)
        {
            builder.Append(builder.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return builder.ToString();
    }
}
