using NCalc;

namespace FlowStudio.Core.Expressions;

internal sealed partial class ExpressionEvaluator
{
    public object? Visit(BinaryExpression expression) => Guard(expression, () =>
    {
        Charge();
        var type = expression.Type;
        switch (type)
        {
            case BinaryExpressionType.And:
                return ExpressionValues.ToBool(expression.LeftExpression.Accept(this), "The left side of 'and'")
                    && ExpressionValues.ToBool(expression.RightExpression.Accept(this), "The right side of 'and'");
            case BinaryExpressionType.Or:
                return ExpressionValues.ToBool(expression.LeftExpression.Accept(this), "The left side of 'or'")
                    || ExpressionValues.ToBool(expression.RightExpression.Accept(this), "The right side of 'or'");
            case BinaryExpressionType.Coalesce:
                return expression.LeftExpression.Accept(this) ?? expression.RightExpression.Accept(this);
        }

        var left = expression.LeftExpression.Accept(this);
        var right = expression.RightExpression.Accept(this);
        return type switch
        {
            BinaryExpressionType.Equal => ExpressionValues.AreEqual(left, right),
            BinaryExpressionType.NotEqual => !ExpressionValues.AreEqual(left, right),
            BinaryExpressionType.Lesser => ExpressionValues.Compare(left, right) < 0,
            BinaryExpressionType.LesserOrEqual => ExpressionValues.Compare(left, right) <= 0,
            BinaryExpressionType.Greater => ExpressionValues.Compare(left, right) > 0,
            BinaryExpressionType.GreaterOrEqual => ExpressionValues.Compare(left, right) >= 0,
            BinaryExpressionType.Plus when left is string || right is string => Join(left, right),
            BinaryExpressionType.Plus => Number(left, "+") + Number(right, "+"),
            BinaryExpressionType.Minus => Number(left, "-") - Number(right, "-"),
            BinaryExpressionType.Times => Number(left, "*") * Number(right, "*"),
            BinaryExpressionType.Div => Number(left, "/") / Number(right, "/"),
            BinaryExpressionType.Modulo => Number(left, "%") % Number(right, "%"),
            BinaryExpressionType.Exponentiation => Power(Number(left, "**"), right),
            BinaryExpressionType.In => Contains(right, left),
            BinaryExpressionType.NotIn => !Contains(right, left),
            _ => throw ExpressionException.Fail($"The operator {type} is not supported."),
        };
    });

    private static decimal Number(object? value, string op) => ExpressionValues.ToNumber(value, $"A value of '{op}'");

    /// <summary>'+' joins when either side is text, like CONCAT.</summary>
    private string Join(object? left, object? right)
    {
        var text = string.Concat(ExpressionValues.ToText(left), ExpressionValues.ToText(right));
        CheckTextLength(text.Length);
        return text;
    }

    private decimal Power(decimal number, object? exponent)
    {
        var times = ExpressionValues.ToInteger(exponent, "The exponent", 0, 64);
        var result = 1m;
        for (var i = 0; i < times; i++)
        {
            Charge();
            result *= number;
        }

        return result;
    }

    private bool Contains(object? list, object? value)
    {
        var items = ExpressionValues.AsList(list) ?? throw ExpressionException.Fail("The right side of 'in' must be a list, e.g. ('a', 'b').");
        foreach (var item in items)
        {
            Charge();
            if (ExpressionValues.AreEqual(item, value))
            {
                return true;
            }
        }

        return false;
    }
}
