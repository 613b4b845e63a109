using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NCalc;
using NCalc.Exceptions;

namespace FlowStudio.Core.Expressions;

/// <summary>Turns text into a <see cref="ParsedExpression"/>: NCalc parses, then FlowStudio checks limits, functions and references.</summary>
internal static partial class ExpressionParser
{
    private static readonly LogicalExpressionParserOptions ParserOptions = new()
    {
        FloatingPointNumberType = FloatingPointNumberType.Decimal,
        IntegerNumberType = IntegerNumberType.Int64,
    };

    public static ParsedExpression Parse(string text, ExpressionSettings settings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error("The expression is empty.", text, 0);
        }

        if (text.Length > settings.MaxLength)
        {
            throw Error($"The expression is {text.Length} characters long; the limit is {settings.MaxLength}.", text, settings.MaxLength);
        }

        var (tokens, tooDeepAt) = ExpressionScanner.Scan(text, settings.MaxDepth);
        if (tooDeepAt is not null)
        {
            throw Error($"Parentheses are nested more than {settings.MaxDepth} deep.", text, tooDeepAt);
        }

        var root = ParseSyntax(text);
        var nodes = new List<LogicalExpression>();
        Collect(root, nodes, 1, settings.MaxDepth, text);
        var positions = Locate(nodes, tokens, text);

        var references = new Dictionary<LogicalExpression, ExpressionReference>(ReferenceEqualityComparer.Instance);
        var functions = ImmutableArray.CreateBuilder<string>();
        foreach (var node in nodes)
        {
            var position = positions.GetValueOrDefault(node);
            if (node is Function function)
            {
                var definition = ExpressionFunctions.Find(function.Identifier.Name)
                    ?? throw Error($"Unknown function '{function.Identifier.Name}'.", text, position);
                if (definition.CheckArity(function.Parameters.Count) is { } arityError)
                {
                    throw Error(arityError, text, position);
                }

                functions.Add(definition.Name);
            }
            else if (node is Identifier identifier && !identifier.Name.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                var problem = ReferenceResolver.TryParse(identifier.Name, position, out var reference);
                references[identifier] = reference ?? throw Error(problem!, text, position);
            }
        }

        return new ParsedExpression(text, root, functions.ToImmutable(), positions, references);
    }

    private static LogicalExpression ParseSyntax(string text)
    {
        try
        {
            return LogicalExpressionParser.Parse(text, ParserOptions, CultureInfo.InvariantCulture, CancellationToken.None);
        }
        catch (NCalcParserException ex)
        {
            var match = PositionPattern().Match(ex.Message);
            var cause = PositionPattern().Replace(ex.Message, string.Empty).Trim().TrimEnd('.');
            int? position = match.Success
                ? Offset(text, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
                : null;
            throw Error($"Syntax error: {cause}.", text, position, ex);
        }
        catch (InvalidOperationException ex)
        {
            throw Error($"Syntax error: {ex.Message.TrimEnd('.')}.", text, OperatorSequenceFinder.Find(text), ex);
        }
    }

    /// <summary>Pre-order, left to right: the order in which function names and references appear in the text.</summary>
    private static void Collect(LogicalExpression node, List<LogicalExpression> nodes, int depth, int maxDepth, string text)
    {
        if (depth > maxDepth)
        {
            throw Error($"The expression nests more than {maxDepth} operations deep; split it into steps.", text, null);
        }

        switch (node)
        {
            case Function function:
                nodes.Add(function);
                foreach (var parameter in function.Parameters)
                {
                    Collect(parameter, nodes, depth + 1, maxDepth, text);
                }

                break;
            case Identifier identifier:
                nodes.Add(identifier);
                break;
            case BinaryExpression binary:
                Collect(binary.LeftExpression, nodes, depth + 1, maxDepth, text);
                Collect(binary.RightExpression, nodes, depth + 1, maxDepth, text);
                break;
            case UnaryExpression unary:
                Collect(unary.Expression, nodes, depth + 1, maxDepth, text);
                break;
            case TernaryExpression ternary:
                Collect(ternary.LeftExpression, nodes, depth + 1, maxDepth, text);
                Collect(ternary.MiddleExpression, nodes, depth + 1, maxDepth, text);
                Collect(ternary.RightExpression, nodes, depth + 1, maxDepth, text);
                break;
            case LogicalExpressionList list:
                foreach (var item in list)
                {
                    Collect(item, nodes, depth + 1, maxDepth, text);
                }

                break;
        }
    }

    private static Dictionary<LogicalExpression, int> Locate(List<LogicalExpression> nodes, List<ExpressionToken> tokens, string text)
    {
        var positions = new Dictionary<LogicalExpression, int>(ReferenceEqualityComparer.Instance);
        var aligned = nodes.Count == tokens.Count && nodes.Zip(tokens).All(pair => Matches(pair.First, pair.Second));
        if (aligned)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                positions[nodes[i]] = tokens[i].Position;
            }

            return positions;
        }

        // The scanner and NCalc disagree on some exotic syntax; fall back to searching the text.
        var cursor = 0;
        foreach (var node in nodes)
        {
            var found = text.IndexOf(NameOf(node), cursor, StringComparison.OrdinalIgnoreCase);
            if (found >= 0)
            {
                positions[node] = Math.Max(0, node is Identifier && found > 0 && text[found - 1] is '[' or '{' ? found - 1 : found);
                cursor = found + 1;
            }
        }

        return positions;
    }

    private static bool Matches(LogicalExpression node, ExpressionToken token) =>
        (node is Function) == token.IsFunction
        && string.Equals(NameOf(node).Trim(), token.Name.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string NameOf(LogicalExpression node) => node switch
    {
        Function function => function.Identifier.Name,
        Identifier identifier => identifier.Name,
        _ => string.Empty,
    };

    private static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; current++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                break;
            }

            offset = next + 1;
        }

        return Math.Clamp(offset + column - 1, 0, text.Length);
    }

    private static ExpressionException Error(string cause, string text, int? position, Exception? inner = null) =>
        new(cause, text, position, default, inner);

    [GeneratedRegex(@"\s*at position \((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
