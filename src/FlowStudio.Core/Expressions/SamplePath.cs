namespace FlowStudio.Core.Expressions;

/// <summary>A data path found in sample data, e.g. <c>steps.a.output.total</c> (number, <c>125.50</c>).</summary>
/// <param name="Path">The dotted path as written inside <c>[ ]</c>.</param>
/// <param name="Type">text, number, boolean, list, object or empty.</param>
/// <param name="Preview">A short rendering of the sample value; null for lists and objects.</param>
public sealed record SamplePath(string Path, string Type, string? Preview);
