using System.Collections.Frozen;
using System.Text.Json;
using FlowStudio.Core.Lookups;

namespace FlowStudio.Core.Expressions;

/// <summary>
/// The data an expression reads: <c>[trigger.…]</c>, <c>[steps.id.output.…]</c>, <c>[vars.name]</c>,
/// <c>[item.…]</c> inside a for-each branch, and lookup tables for LOOKUP.
/// </summary>
public sealed record ExpressionScope
{
    private static readonly IReadOnlyDictionary<string, JsonElement> None = FrozenDictionary<string, JsonElement>.Empty;

    public JsonElement? Trigger { get; init; }

    /// <summary>Output of each completed step, by node id.</summary>
    public IReadOnlyDictionary<string, JsonElement> Steps { get; init; } = None;

    public IReadOnlyDictionary<string, JsonElement> Vars { get; init; } = None;

    public JsonElement? Item { get; init; }

    public ILookupTableProvider Lookups { get; init; } = LookupTableSet.Empty;
}
