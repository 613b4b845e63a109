using System.Collections.Immutable;
using NCalc;

namespace FlowStudio.Core.Expressions;

/// <summary>An expression parsed once and shared between evaluations; immutable and thread-safe.</summary>
public sealed class ParsedExpression
{
    private readonly IReadOnlyDictionary<LogicalExpression, int> _positions;
    private readonly IReadOnlyDictionary<LogicalExpression, ExpressionReference> _references;

    internal ParsedExpression(
        string text,
        LogicalExpression root,
        ImmutableArray<string> functions,
        IReadOnlyDictionary<LogicalExpression, int> positions,
        IReadOnlyDictionary<LogicalExpression, ExpressionReference> references)
    {
        Text = text;
        Root = root;
        Functions = functions;
        _positions = positions;
        _references = references;
        References = [.. references.Values.OrderBy(r => r.Position)];
    }

    public string Text { get; }

    public ImmutableArray<ExpressionReference> References { get; }

    /// <summary>Names of the functions called, upper case, in order of appearance.</summary>
    public ImmutableArray<string> Functions { get; }

    internal LogicalExpression Root { get; }

    /// <summary>
    /// Where a function call or reference starts. NCalc keeps no positions for operators, so an
    /// operator is placed at its first function call or reference, else unknown.
    /// </summary>
    internal int? PositionOf(LogicalExpression? node)
    {
        if (node is null)
        {
            return null;
        }

        if (_positions.TryGetValue(node, out var position))
        {
            return position;
        }

        IEnumerable<LogicalExpression> children = node switch
        {
            BinaryExpression binary => [binary.LeftExpression, binary.RightExpression],
            UnaryExpression unary => [unary.Expression],
            TernaryExpression ternary => [ternary.LeftExpression, ternary.MiddleExpression, ternary.RightExpression],
            LogicalExpressionList list => list,
            _ => [],
        };
        return children.Select(PositionOf).FirstOrDefault(p => p is not null);
    }

    /// <summary>The data path an identifier reads; null for the literal <c>null</c>.</summary>
    internal ExpressionReference? ReferenceOf(Identifier identifier) => _references.GetValueOrDefault(identifier);
}
