using System.Collections.Immutable;

namespace FlowStudio.Core.Expressions;

/// <summary>Text with <c>{{ expression }}</c> placeholders, e.g. <c>Invoice {{[trigger.body.number]}}</c>.</summary>
public static class TextTemplate
{
    public const string Open = "{{";
    public const string Close = "}}";

    public static bool HasPlaceholders(string text) => text.Contains(Open, StringComparison.Ordinal);

    /// <exception cref="ExpressionException">A placeholder is not closed or is empty.</exception>
    public static ImmutableArray<TemplatePart> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = ImmutableArray.CreateBuilder<TemplatePart>();
        var cursor = 0;
        while (cursor < text.Length)
        {
            var open = text.IndexOf(Open, cursor, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TemplatePart(text[cursor..], false, cursor));
                break;
            }

            if (open > cursor)
            {
                parts.Add(new TemplatePart(text[cursor..open], false, cursor));
            }

            var start = open + Open.Length;
            var close = text.IndexOf(Close, start, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ExpressionException("The placeholder '{{' is not closed with '}}'.", text, open);
            }

            if (string.IsNullOrWhiteSpace(text[start..close]))
            {
                throw new ExpressionException("The placeholder is empty.", text, open);
            }

            parts.Add(new TemplatePart(text[start..close], true, start));
            cursor = close + Close.Length;
        }

        return parts.ToImmutable();
    }
}
