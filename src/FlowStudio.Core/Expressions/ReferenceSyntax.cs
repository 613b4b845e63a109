namespace FlowStudio.Core.Expressions;

/// <summary>
/// Writes data references exactly as the parser reads them: <c>[trigger.body.amount]</c>,
/// <c>[steps.find_invoice.output.invoice_id]</c>, <c>[vars.total]</c>, <c>[item.sku]</c>.
/// </summary>
public static class ReferenceSyntax
{
    /// <summary>The dotted path, e.g. <c>steps.a.output.lines.0.sku</c>; null when a segment cannot be written in a reference.</summary>
    public static string? Path(ReferenceRoot root, IEnumerable<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var parts = new List<string> { RootName(root) };
        foreach (var segment in segments)
        {
            if (!IsWritable(segment))
            {
                return null;
            }

            parts.Add(segment);
        }

        return string.Join('.', parts);
    }

    /// <summary>The path in brackets, ready to insert into an expression; null when a segment cannot be written.</summary>
    public static string? Reference(ReferenceRoot root, IEnumerable<string> segments) =>
        Path(root, segments) is { } path ? $"[{path}]" : null;

    /// <summary>The output of step <paramref name="nodeId"/>, then <paramref name="segments"/>.</summary>
    public static string? StepReference(string nodeId, IEnumerable<string> segments) =>
        Reference(ReferenceRoot.Steps, new[] { nodeId, "output" }.Concat(segments));

    public static string RootName(ReferenceRoot root) => root switch
    {
        ReferenceRoot.Trigger => "trigger",
        ReferenceRoot.Steps => "steps",
        ReferenceRoot.Vars => "vars",
        ReferenceRoot.Item => "item",
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "Unknown reference root."),
    };

    /// <summary>A path segment must be non-blank and free of the characters that end or split a reference.</summary>
    public static bool IsWritable(string? segment) =>
        !string.IsNullOrWhiteSpace(segment)
        && segment.Trim() == segment
        && segment.IndexOfAny(['.', '[', ']', '{', '}']) < 0;
}
