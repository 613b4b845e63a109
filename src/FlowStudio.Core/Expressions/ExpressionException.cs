using NCalc;

namespace FlowStudio.Core.Expressions;

/// <summary>An expression that cannot be parsed or evaluated: where (node, field, position) and why.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(string cause, string expression, int? position, ExpressionSite site = default, Exception? innerException = null)
        : base(Describe(cause, position, site), innerException)
    {
        Cause = cause;
        Expression = expression;
        Position = position;
        NodeId = site.NodeId;
        FieldKey = site.FieldKey;
    }

    public ExpressionException()
        : this("The expression is invalid.", string.Empty, null)
    {
    }

    public ExpressionException(string message)
        : this(message, string.Empty, null)
    {
    }

    public ExpressionException(string message, Exception innerException)
        : this(message, string.Empty, null, default, innerException)
    {
    }

    public string Cause { get; }

    public string Expression { get; }

    /// <summary>0-based character offset in <see cref="Expression"/>, when known.</summary>
    public int? Position { get; }

    public string? NodeId { get; }

    public string? FieldKey { get; }

    public ExpressionSite Site => new(NodeId, FieldKey);

    /// <summary>The syntax node that failed, set while the error travels up the evaluator.</summary>
    internal LogicalExpression? Node { get; set; }

    internal static ExpressionException Fail(string cause) => new(cause, string.Empty, null);

    internal ExpressionException At(ExpressionSite site, string expression, int offset) =>
        new(Cause, expression, Position + offset, site, InnerException);

    private static string Describe(string cause, int? position, ExpressionSite site)
    {
        var where = position is null ? site.ToString() : $"{site} at position {position}";
        return $"{char.ToUpperInvariant(where[0])}{where[1..]}: {cause}";
    }
}
