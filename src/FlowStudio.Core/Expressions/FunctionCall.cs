using NCalc;

namespace FlowStudio.Core.Expressions;

/// <summary>The arguments of one function call, evaluated on demand so IF, AND, OR and COALESCE short-circuit.</summary>
internal sealed class FunctionCall(ExpressionEvaluator evaluator, ExpressionFunction function, LogicalExpressionList arguments)
{
    private readonly object?[] _values = new object?[arguments.Count];
    private readonly bool[] _evaluated = new bool[arguments.Count];

    public int Count => arguments.Count;

    public ExpressionEvaluator Evaluator => evaluator;

    /// <summary>Evaluates an argument the first time it is asked for.</summary>
    public object? Arg(int index)
    {
        if (!_evaluated[index])
        {
            _values[index] = arguments[index].Accept(evaluator);
            _evaluated[index] = true;
        }

        return _values[index];
    }

    public decimal Number(int index) => ExpressionValues.ToNumber(Arg(index), What(index));

    public int Integer(int index, int min, int max) => ExpressionValues.ToInteger(Arg(index), What(index), min, max);

    public bool Bool(int index) => ExpressionValues.ToBool(Arg(index), What(index));

    public DateOnly Date(int index) => ExpressionValues.ToDate(Arg(index), What(index));

    public string Text(int index) => ExpressionValues.ToText(Arg(index));

    /// <summary>Every argument, with lists replaced by their items.</summary>
    public IEnumerable<object?> Flatten()
    {
        for (var i = 0; i < Count; i++)
        {
            var value = Arg(i);
            if (ExpressionValues.AsList(value) is { } items)
            {
                foreach (var item in items)
                {
                    evaluator.Charge();
                    yield return item;
                }
            }
            else
            {
                yield return value;
            }
        }
    }

    public string What(int index) => $"Argument {index + 1} of {function.Name}";

    public ExpressionException Error(string cause) => ExpressionException.Fail($"{function.Name}: {cause}");
}
