using System.Text.Json;
using FlowStudio.Core.Expressions;

namespace FlowStudio.Web.Components.Designer.Properties;

/// <summary>One thing a node's expressions can read, as the data picker shows it.</summary>
/// <param name="Title">What the person sees, e.g. "Find invoice (find_invoice)".</param>
/// <param name="Root">Which reference root it is read through.</param>
/// <param name="PrefixSegments">Segments after the root up to the sample, e.g. <c>find_invoice, output</c>.</param>
/// <param name="Sample">Sample data, or a skeleton of the declared output.</param>
/// <param name="IsSkeleton">True when <paramref name="Sample"/> only shows the shape, not real values.</param>
public sealed record DataSource(string Title, ReferenceRoot Root, IReadOnlyList<string> PrefixSegments, JsonElement? Sample, bool IsSkeleton)
{
    /// <summary>The dotted path of the sample itself, e.g. <c>steps.find_invoice.output</c>.</summary>
    public string RootPath => ReferenceSyntax.Path(Root, PrefixSegments) ?? ReferenceSyntax.RootName(Root);

    /// <summary>The reference to a value below the sample, e.g. <c>[steps.find_invoice.output.total]</c>.</summary>
    public string? ReferenceTo(IEnumerable<string> segments) => ReferenceSyntax.Reference(Root, PrefixSegments.Concat(segments));
}
