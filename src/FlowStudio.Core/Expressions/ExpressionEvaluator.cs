using System.Globalization;
using NCalc;
using NCalc.Visitors;

namespace FlowStudio.Core.Expressions;

/// <summary>
/// Walks NCalc's syntax tree with FlowStudio's own rules rather than NCalc's evaluator: every
/// number is decimal, only the functions in <see cref="ExpressionFunctions"/> exist (nothing
/// reaches .NET types or reflection), and each step is counted against the limits.
/// </summary>
internal sealed partial class ExpressionEvaluator(ParsedExpression parsed, ExpressionScope scope, ExpressionSettings settings, TimeProvider time, CancellationToken cancellationToken)
    : ILogicalExpressionVisitor<object?>
{
    private readonly long _started = time.GetTimestamp();
    private int _steps;

    public ExpressionScope Scope => scope;

    public ExpressionSettings Settings => settings;

    public TimeProvider Time => time;

    public void Charge(int units = 1)
    {
        _steps += units;
        if (_steps > settings.MaxSteps)
        {
            throw ExpressionException.Fail($"Evaluation stopped after {settings.MaxSteps} steps; the expression or its data is too large.");
        }

        if (time.GetElapsedTime(_started) > settings.MaxDuration)
        {
            throw ExpressionException.Fail($"Evaluation stopped after {settings.MaxDuration.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms.");
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    public void CheckTextLength(int length)
    {
        if (length > settings.MaxTextLength)
        {
            throw ExpressionException.Fail($"The text would be longer than {settings.MaxTextLength} characters.");
        }
    }

    public object? Visit(ValueExpression expression) => expression.Value switch
    {
        int i => (decimal)i,
        long l => (decimal)l,
        decimal d => d,
        string or bool or null => expression.Value,
        char c => c.ToString(),
        _ => throw ExpressionException.Fail($"Values of type {expression.Type} are not supported."),
    };

    public object? Visit(Identifier identifier) => Guard(identifier, () =>
    {
        Charge();
        var reference = parsed.ReferenceOf(identifier);
        return reference is null ? null : ReferenceResolver.Resolve(reference, scope, Charge);
    });

    public object? Visit(Function function) => Guard(function, () =>
    {
        Charge();
        var definition = ExpressionFunctions.Find(function.Identifier.Name)
            ?? throw ExpressionException.Fail($"Unknown function '{function.Identifier.Name}'.");
        var arityError = definition.CheckArity(function.Parameters.Count);
        return arityError is null
            ? definition.Invoke(new FunctionCall(this, definition, function.Parameters))
            : throw ExpressionException.Fail(arityError);
    });

    public object? Visit(TernaryExpression expression) => Guard(expression, () =>
    {
        Charge();
        return ExpressionValues.ToBool(expression.LeftExpression.Accept(this), "The condition before '?'")
            ? expression.MiddleExpression.Accept(this)
            : expression.RightExpression.Accept(this);
    });

    public object? Visit(UnaryExpression expression) => Guard(expression, () =>
    {
        Charge();
        var operand = expression.Expression.Accept(this);
        return expression.Type switch
        {
            UnaryExpressionType.Not => !ExpressionValues.ToBool(operand, "The value after 'not'"),
            UnaryExpressionType.Negate => -ExpressionValues.ToNumber(operand, "The value after '-'"),
            UnaryExpressionType.Positive => ExpressionValues.ToNumber(operand, "The value after '+'"),
            _ => throw ExpressionException.Fail($"The operator {expression.Type} is not supported."),
        };
    });

    public object? Visit(LogicalExpressionList list)
    {
        var values = new List<object?>(list.Count);
        foreach (var item in list)
        {
            values.Add(item.Accept(this));
        }

        return values;
    }

    /// <summary>Attaches the failing node to an error so it can report a position, and names arithmetic failures.</summary>
    private static object? Guard(LogicalExpression node, Func<object?> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (ExpressionException ex) when (ex.Node is null)
        {
            ex.Node = node;
            throw;
        }
        catch (OverflowException)
        {
            throw new ExpressionException("The number is too large.", string.Empty, null) { Node = node };
        }
        catch (DivideByZeroException)
        {
            throw new ExpressionException("Division by zero.", string.Empty, null) { Node = node };
        }
    }
}
