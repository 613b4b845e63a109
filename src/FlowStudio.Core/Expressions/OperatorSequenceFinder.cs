namespace FlowStudio.Core.Expressions;

/// <summary>
/// NCalc reports "Unknown operator sequence" (e.g. <c>1 + + 2</c>) without a position; this finds
/// the second of two operators that follow each other, outside strings and brackets.
/// </summary>
internal static class OperatorSequenceFinder
{
    private const string OperatorChars = "+-*/%<>=!&|^";

    public static int? Find(string text)
    {
        var previousWasOperator = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (OperatorChars.Contains(c, StringComparison.Ordinal))
            {
                var start = i;
                while (i < text.Length && OperatorChars.Contains(text[i], StringComparison.Ordinal))
                {
                    i++;
                }

                // A minus or a not after another operator is a sign, which NCalc accepts.
                if (previousWasOperator && text[start] is not '-' and not '!')
                {
                    return start;
                }

                previousWasOperator = true;
                continue;
            }

            previousWasOperator = false;
            i = c switch
            {
                '\'' or '"' => SkipPast(text, i, c),
                '[' => SkipPast(text, i, ']'),
                '{' => SkipPast(text, i, '}'),
                _ => i + 1,
            };
        }

        return null;
    }

    private static int SkipPast(string text, int start, char close)
    {
        var end = text.IndexOf(close, start + 1);
        return end < 0 ? text.Length : end + 1;
    }
}
