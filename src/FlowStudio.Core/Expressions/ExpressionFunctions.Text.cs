using System.Text;

namespace FlowStudio.Core.Expressions;

public static partial class ExpressionFunctions
{
    private static IEnumerable<ExpressionFunction> Text() =>
    [
        Define("CONCAT", 1, int.MaxValue, "CONCAT(a, b, …)", "Joins values as text; empty values add nothing.", Concat),
        Define("UPPER", 1, 1, "UPPER(text)", "Text in upper case.", call => call.Text(0).ToUpperInvariant()),
        Define("LOWER", 1, 1, "LOWER(text)", "Text in lower case.", call => call.Text(0).ToLowerInvariant()),
        Define("TRIM", 1, 1, "TRIM(text)", "Text without leading and trailing spaces.", call => call.Text(0).Trim()),
        Define("LEFT", 2, 2, "LEFT(text, count)", "The first count characters.", call =>
        {
            var text = call.Text(0);
            return text[..System.Math.Min(text.Length, call.Integer(1, 0, int.MaxValue))];
        }),
        Define("RIGHT", 2, 2, "RIGHT(text, count)", "The last count characters.", call =>
        {
            var text = call.Text(0);
            return text[^System.Math.Min(text.Length, call.Integer(1, 0, int.MaxValue))..];
        }),
        Define("CONTAINS", 2, 2, "CONTAINS(text or list, value)", "Whether text contains value (ignoring case) or a list holds an item equal to value.", call =>
        {
            var haystack = call.Arg(0);
            if (ExpressionValues.AsList(haystack) is { } items)
            {
                var needle = call.Arg(1);
                return items.Any(item =>
                {
                    call.Evaluator.Charge();
                    return ExpressionValues.AreEqual(item, needle);
                });
            }

            return ExpressionValues.ToText(haystack).Contains(call.Text(1), StringComparison.OrdinalIgnoreCase);
        }),
    ];

    private static string Concat(FunctionCall call)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < call.Count; i++)
        {
            builder.Append(ExpressionValues.ToText(call.Arg(i)));
            call.Evaluator.CheckTextLength(builder.Length);
        }

        return builder.ToString();
    }
}
