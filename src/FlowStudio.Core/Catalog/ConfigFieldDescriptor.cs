using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

public sealed record ConfigFieldDescriptor(string Key, string Label, ConfigFieldType FieldType)
{
    public bool Required { get; init; }

    /// <summary>Makes the field required only when another field has a given value.</summary>
    public FieldCondition? RequiredWhen { get; init; }

    public string? HelpText { get; init; }

    public ImmutableArray<SelectOption> Options { get; init; } = [];

    public string? DefaultValue { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }
}
