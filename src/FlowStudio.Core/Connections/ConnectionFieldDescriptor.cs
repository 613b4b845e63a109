using System.Collections.Immutable;

namespace FlowStudio.Core.Connections;

/// <summary>
/// One field a person fills to connect a system (client id, API key, shop domain …), declared by the
/// connector so the Connections page renders its form. A secret is encrypted at rest, masked in the UI and
/// never returned by an API.
/// </summary>
public sealed record ConnectionFieldDescriptor(string Key, string Label)
{
    public bool IsSecret { get; init; }

    public bool Required { get; init; } = true;

    public string? HelpText { get; init; }

    public string? DefaultValue { get; init; }

    /// <summary>Allowed values (value, label) for a choice such as a data centre; empty for free text.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>The kind of value; <see cref="ConnectionFieldType.Text"/> unless the connector declares otherwise.</summary>
    public ConnectionFieldType Type { get; init; } = ConnectionFieldType.Text;

    /// <summary>Smallest allowed whole number (for <see cref="ConnectionFieldType.WholeNumber"/>).</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>Largest allowed whole number (for <see cref="ConnectionFieldType.WholeNumber"/>).</summary>
    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>Why <paramref name="value"/> does not fit this field's type, naming the field; null when it fits or is empty.</summary>
    public string? TypeProblem(string? value)
    {
        if (Type != ConnectionFieldType.WholeNumber || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
               && number >= Minimum && number <= Maximum
            ? null
            : $"{Label}: must be a whole number from {Minimum} to {Maximum}; '{value.Trim()}' is not.";
    }
}
