namespace FlowStudio.Core.Expressions;

/// <summary>A function expressions may call; the designer lists these with their signature and help.</summary>
public sealed class ExpressionFunction
{
    internal ExpressionFunction(string name, int minArgs, int maxArgs, string signature, string description, Func<FunctionCall, object?> invoke)
    {
        Name = name;
        MinArgs = minArgs;
        MaxArgs = maxArgs;
        Signature = signature;
        Description = description;
        Invoke = invoke;
    }

    public string Name { get; }

    public int MinArgs { get; }

    /// <summary><see cref="int.MaxValue"/> for functions taking any number of arguments.</summary>
    public int MaxArgs { get; }

    public string Signature { get; }

    public string Description { get; }

    internal Func<FunctionCall, object?> Invoke { get; }

    internal string? CheckArity(int count)
    {
        if (count >= MinArgs && count <= MaxArgs)
        {
            return null;
        }

        var expected = (MinArgs, MaxArgs) switch
        {
            var (min, max) when min == max => $"{min}",
            (var min, int.MaxValue) => $"at least {min}",
            var (min, max) => $"{min} to {max}",
        };
        return $"{Name} takes {expected} argument{(expected == "1" ? string.Empty : "s")} but was given {count}: {Signature}.";
    }
}
