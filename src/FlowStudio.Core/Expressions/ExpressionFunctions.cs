using System.Collections.Frozen;

namespace FlowStudio.Core.Expressions;

/// <summary>The functions expressions may call. Names match without regard to case.</summary>
public static partial class ExpressionFunctions
{
    private static readonly FrozenDictionary<string, ExpressionFunction> ByName =
        Logic().Concat(Math()).Concat(Text()).Concat(Dates()).Concat(Lookups())
            .ToFrozenDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<ExpressionFunction> All => ByName.Values.OrderBy(f => f.Name, StringComparer.Ordinal);

    public static ExpressionFunction? Find(string name) => ByName.GetValueOrDefault(name);

    private static ExpressionFunction Define(string name, int min, int max, string signature, string description, Func<FunctionCall, object?> invoke) =>
        new(name, min, max, signature, description, invoke);
}
