using System.Collections.Immutable;

namespace FlowStudio.Core.Catalog;

/// <summary>
/// What an operation returns, for the mapping editor: one record or a list of records, and their fields. A list
/// operation's output is an object whose <see cref="ListProperty"/> holds the records, beside <see cref="ListFields"/>
/// such as <c>count</c> and <c>has_more</c>; without a list property the records are the output itself.
/// </summary>
public sealed record ConnectorOutputShape(string Entity, bool IsList, ImmutableArray<ConnectorOutputField> Fields)
{
    /// <summary>The property of a list output that holds the records, e.g. <c>invoices</c>; null when the output is the array.</summary>
    public string? ListProperty { get; init; }

    /// <summary>The other top-level fields of a list output (count, has_more, stream …).</summary>
    public ImmutableArray<ConnectorOutputField> ListFields { get; init; } = [];

    /// <summary>A list shape whose output is <c>{ "&lt;property&gt;": [records], …extras }</c>.</summary>
    public static ConnectorOutputShape ListIn(string entity, string property, IEnumerable<ConnectorOutputField> fields, params ConnectorOutputField[] extras) =>
        new(entity, true, [.. fields]) { ListProperty = property, ListFields = [.. extras] };
}
