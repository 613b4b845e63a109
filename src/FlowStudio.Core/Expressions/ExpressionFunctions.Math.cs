using System.Text.Json;

namespace FlowStudio.Core.Expressions;

public static partial class ExpressionFunctions
{
    private static IEnumerable<ExpressionFunction> Math() =>
    [
        Define("ROUND", 1, 2, "ROUND(number, digits)", "Rounds half away from zero, like a spreadsheet: ROUND(2.5) is 3, ROUND(-2.5) is -3.", call =>
            decimal.Round(call.Number(0), call.Count == 2 ? call.Integer(1, 0, 28) : 0, MidpointRounding.AwayFromZero)),
        Define("ABS", 1, 1, "ABS(number)", "The number without its sign.", call => decimal.Abs(call.Number(0))),
        Define("SUM", 1, int.MaxValue, "SUM(numbers or lists…) or SUM(list, 'field')", "Adds numbers; lists are added item by item; empty items are skipped.", Sum),
        Define("COUNT", 1, int.MaxValue, "COUNT(list or values…)", "How many items the lists hold plus how many other arguments are not empty.", call =>
            (decimal)call.Flatten().Count(v => v is not null)),
        Define("MIN", 1, int.MaxValue, "MIN(numbers or lists…)", "The smallest number.", call => Extreme(call, pickSmaller: true)),
        Define("MAX", 1, int.MaxValue, "MAX(numbers or lists…)", "The largest number.", call => Extreme(call, pickSmaller: false)),
    ];

    private static object? Sum(FunctionCall call)
    {
        if (call.Count == 2 && ExpressionValues.AsList(call.Arg(0)) is { } items && call.Arg(1) is string field)
        {
            var total = 0m;
            var index = 0;
            foreach (var item in items)
            {
                call.Evaluator.Charge();
                var value = item is JsonElement { ValueKind: JsonValueKind.Object } obj
                    && obj.TryGetProperty(field, out var property)
                        ? ExpressionValues.FromJson(property)
                        : throw call.Error($"item {index + 1} has no field '{field}'.");
                total += value is null ? 0m : ExpressionValues.ToNumber(value, $"SUM: field '{field}' of item {index + 1}");
                index++;
            }

            return total;
        }

        var sum = 0m;
        var position = 0;
        foreach (var value in call.Flatten())
        {
            position++;
            if (value is not null)
            {
                sum += ExpressionValues.ToNumber(value, $"SUM: value {position}");
            }
        }

        return sum;
    }

    private static decimal Extreme(FunctionCall call, bool pickSmaller)
    {
        decimal? best = null;
        var position = 0;
        foreach (var value in call.Flatten())
        {
            position++;
            if (value is null)
            {
                continue;
            }

            var number = ExpressionValues.ToNumber(value, $"value {position}");
            if (best is null || (pickSmaller ? number < best : number > best))
            {
                best = number;
            }
        }

        return best ?? throw call.Error("there are no numbers to compare.");
    }
}
