namespace FlowStudio.Core.Expressions;

public static partial class ExpressionFunctions
{
    private static IEnumerable<ExpressionFunction> Logic() =>
    [
        Define("IF", 2, 3, "IF(condition, then, else)", "then when the condition holds, else otherwise (empty when omitted).", call =>
            call.Bool(0) ? call.Arg(1) : call.Count == 3 ? call.Arg(2) : null),
        Define("AND", 1, int.MaxValue, "AND(a, b, …)", "True when every argument is true; stops at the first false.", call =>
        {
            for (var i = 0; i < call.Count; i++)
            {
                if (!call.Bool(i))
                {
                    return false;
                }
            }

            return true;
        }),
        Define("OR", 1, int.MaxValue, "OR(a, b, …)", "True when any argument is true; stops at the first true.", call =>
        {
            for (var i = 0; i < call.Count; i++)
            {
                if (call.Bool(i))
                {
                    return true;
                }
            }

            return false;
        }),
        Define("NOT", 1, 1, "NOT(a)", "True when a is false.", call => !call.Bool(0)),
        Define("COALESCE", 1, int.MaxValue, "COALESCE(a, b, …)", "The first argument that is neither empty nor empty text.", call =>
        {
            for (var i = 0; i < call.Count; i++)
            {
                var value = call.Arg(i);
                if (value is not null and not "")
                {
                    return value;
                }
            }

            return null;
        }),
    ];
}
