using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FlowStudio.Sandbox.Stripe;

/// <summary>
/// A Stripe request's form-encoded parameters (<c>amount=2000&amp;metadata[order]=1</c>) with typed reads
/// that answer Stripe's own 400 <c>invalid_request_error</c> on bad input.
/// </summary>
public sealed class StripeForm(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public static async Task<StripeForm> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return new StripeForm(new Dictionary<string, string>(StringComparer.Ordinal));
        }

        var form = await request.ReadFormAsync(cancellationToken);
        return new StripeForm(form.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
    }

    public static StripeForm FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new StripeForm(query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
    }

    /// <summary>A stable fingerprint of the parameters, to tell an idempotent replay from a reuse of the key.</summary>
    public string Fingerprint() => string.Join("&", Values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));

    public string? Text(string key) => Values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <exception cref="StripeRequestException">Present but not a whole number.</exception>
    public long? WholeNumber(string key)
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new StripeRequestException(StripeReply.Invalid($"Invalid integer: {text}", key, "parameter_invalid_integer"));
    }

    /// <exception cref="StripeRequestException">Present but not true/false.</exception>
    public bool Flag(string key) => Text(key) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw new StripeRequestException(StripeReply.Invalid($"Invalid boolean: {other}", key, "parameter_invalid_boolean")),
    };

    /// <summary>The <c>metadata[...]</c> pairs as an object (Stripe allows 50 keys of up to 40 characters).</summary>
    /// <exception cref="StripeRequestException">Too many or too long keys.</exception>
    public JsonObject Metadata(JsonObject? existing = null)
    {
        var metadata = existing?.DeepClone().AsObject() ?? [];
        foreach (var (key, value) in Values.Where(p => p.Key.StartsWith("metadata[", StringComparison.Ordinal) && p.Key.EndsWith(']')))
        {
            var name = key["metadata[".Length..^1];
            if (name.Length is 0 or > 40)
            {
                throw new StripeRequestException(StripeReply.Invalid("Metadata keys must be 1 to 40 characters long.", key, "parameter_invalid_string_blank"));
            }

            if (value.Length == 0)
            {
                metadata.Remove(name);
            }
            else
            {
                metadata[name] = value;
            }
        }

        return metadata.Count > 50
            ? throw new StripeRequestException(StripeReply.Invalid("You can have at most 50 metadata keys.", "metadata", "parameter_invalid_string_blank"))
            : metadata;
    }
}
