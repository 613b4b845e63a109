using System.Collections.Immutable;

namespace FlowStudio.Core.Expressions;

/// <summary>A data path in an expression, e.g. <c>steps.find_invoice.output.invoice_id</c>, and where it starts.</summary>
public sealed record ExpressionReference
{
    public ExpressionReference(string path, ReferenceRoot root, ImmutableArray<string> segments, int position)
    {
        Path = path;
        Root = root;
        Segments = segments;
        Position = position;
    }

    public string Path { get; }

    public ReferenceRoot Root { get; }

    /// <summary>The dotted parts after the root, e.g. <c>find_invoice, output, invoice_id</c>.</summary>
    public ImmutableArray<string> Segments { get; }

    /// <summary>0-based offset of the reference in the expression text.</summary>
    public int Position { get; }

    /// <summary>The node id of a <c>steps.</c> reference.</summary>
    public string? StepId => Root == ReferenceRoot.Steps ? Segments[0] : null;

    /// <summary>The name of a <c>vars.</c> reference.</summary>
    public string? VariableName => Root == ReferenceRoot.Vars ? Segments[0] : null;
}
