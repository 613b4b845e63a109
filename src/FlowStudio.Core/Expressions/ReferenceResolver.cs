using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace FlowStudio.Core.Expressions;

/// <summary>Reads and resolves data paths such as <c>trigger.body.lines.0.amount</c> or <c>steps.a.output.items.*.sku</c>.</summary>
internal static class ReferenceResolver
{
    public const string Wildcard = "*";

    /// <summary>Checks a path's shape; returns an error message, or null and the reference.</summary>
    public static string? TryParse(string path, int position, out ExpressionReference? reference)
    {
        reference = null;
        var parts = path.Trim().Split('.');
        if (parts.Any(string.IsNullOrWhiteSpace))
        {
            return $"Reference '{path}' has an empty part; write names separated by single dots.";
        }

        ReferenceRoot? root = parts[0].ToLowerInvariant() switch
        {
            "trigger" => ReferenceRoot.Trigger,
            "steps" => ReferenceRoot.Steps,
            "vars" => ReferenceRoot.Vars,
            "item" => ReferenceRoot.Item,
            _ => null,
        };
        if (root is null)
        {
            return parts.Length == 1 ? BareWordProblem(parts[0].Trim()) : $"Unknown reference '{path}'; a reference starts with trigger, steps, vars or item.";
        }

        var segments = parts.Skip(1).Select(p => p.Trim()).ToImmutableArray();
        switch (root)
        {
            case ReferenceRoot.Steps when segments.Length < 2 || segments[1] != "output":
                return $"Reference '{path}' must name a step and its output, e.g. steps.<node id>.output.field.";
            case ReferenceRoot.Vars when segments.Length == 0:
                return $"Reference '{path}' must name a variable, e.g. vars.total.";
            default:
                reference = new ExpressionReference(path, root.Value, segments, position);
                return null;
        }
    }

    /// <summary>A lone word such as <c>amount</c> or a half-typed <c>ROUN</c>: says what it could have been meant as.</summary>
    private static string BareWordProblem(string word)
    {
        var function = ExpressionFunctions.Find(word)
            ?? ExpressionFunctions.All.FirstOrDefault(f => f.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase));
        return function is not null
            ? $"Unknown reference '{word}'. Did you mean the function {function.Name}(…)? Functions are called with brackets."
            : $"Unknown reference '{word}'. Put text in quotes ('{word}'), or refer to data with a path in square brackets such as [trigger.{word}].";
    }

    public static object? Resolve(ExpressionReference reference, ExpressionScope scope, Action<int> charge)
    {
        var (start, rest) = reference.Root switch
        {
            ReferenceRoot.Trigger => (scope.Trigger ?? throw ExpressionException.Fail("There is no trigger data in this context."), 0),
            ReferenceRoot.Item => (scope.Item ?? throw ExpressionException.Fail("[item] is only available inside a for-each branch."), 0),
            ReferenceRoot.Steps => (
                scope.Steps.TryGetValue(reference.Segments[0], out var output)
                    ? output
                    : throw ExpressionException.Fail($"Step '{reference.Segments[0]}' has not run before this point, so it has no output."),
                2),
            _ => (
                scope.Vars.TryGetValue(reference.Segments[0], out var variable)
                    ? variable
                    : throw ExpressionException.Fail($"Variable '{reference.Segments[0]}' has not been set."),
                1),
        };
        return Walk(start, reference.Segments, rest, reference.Path, charge);
    }

    private static object? Walk(JsonElement current, ImmutableArray<string> segments, int index, string path, Action<int> charge)
    {
        for (var i = index; i < segments.Length; i++)
        {
            var segment = segments[i];
            switch (current.ValueKind)
            {
                case JsonValueKind.Array when segment == Wildcard:
                    var results = new List<object?>(current.GetArrayLength());
                    foreach (var element in current.EnumerateArray())
                    {
                        charge(1);
                        results.Add(Walk(element, segments, i + 1, path, charge));
                    }

                    return results;
                case JsonValueKind.Array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var at):
                    if (at >= current.GetArrayLength())
                    {
                        return null;
                    }

                    current = current[at];
                    break;
                case JsonValueKind.Array:
                    throw ExpressionException.Fail($"In '{path}', a list is followed by '{segment}'; use an index (0, 1, …) or * for every item.");
                case JsonValueKind.Object:
                    if (!current.TryGetProperty(segment, out current))
                    {
                        return null;
                    }

                    break;
                case JsonValueKind.Null:
                    return null;
                default:
                    throw ExpressionException.Fail($"In '{path}', cannot read '{segment}' of {ExpressionValues.Describe(ExpressionValues.FromJson(current))}.");
            }
        }

        return ExpressionValues.FromJson(current);
    }
}
