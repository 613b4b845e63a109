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
}
