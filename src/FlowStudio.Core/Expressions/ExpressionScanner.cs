namespace FlowStudio.Core.Expressions;

/// <summary>
/// A light pass over expression text that NCalc's syntax tree cannot give: where each function
/// call and reference starts, and how deep the parentheses nest (checked before parsing).
/// </summary>
internal static class ExpressionScanner
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase) { "and", "or", "not", "in", "like", "true", "false" };

    /// <returns>The tokens, and the offset of the first parenthesis nested deeper than <paramref name="maxDepth"/>.</returns>
    public static (List<ExpressionToken> Tokens, int? TooDeepAt) Scan(string text, int maxDepth)
    {
        var tokens = new List<ExpressionToken>();
        int depth = 0, i = 0;
        int? tooDeepAt = null;
        while (i < text.Length)
        {
            var c = text[i];
            switch (c)
            {
                case '\'' or '"':
                    i = SkipString(text, i);
                    break;
                case '[':
                    i = ReadDelimited(text, i, ']', tokens);
                    break;
                case '{':
                    i = ReadDelimited(text, i, '}', tokens);
                    break;
                case '(':
                    if (++depth > maxDepth)
                    {
                        tooDeepAt ??= i;
                    }

                    i++;
                    break;
                case ')':
                    depth--;
                    i++;
                    break;
                case var _ when char.IsAsciiDigit(c):
                    i = SkipNumber(text, i);
                    break;
                case var _ when char.IsLetter(c) || c == '_' || c == '$':
                    i = ReadWord(text, i, tokens);
                    break;
                default:
                    i++;
                    break;
            }
        }

        return (tokens, tooDeepAt);
    }

    private static int SkipString(string text, int start)
    {
        var quote = text[start];
        var i = start + 1;
        while (i < text.Length && text[i] != quote)
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }

    private static int ReadDelimited(string text, int start, char close, List<ExpressionToken> tokens)
    {
        var end = text.IndexOf(close, start + 1);
        if (end < 0)
        {
            return text.Length;
        }

        tokens.Add(new ExpressionToken(false, text[(start + 1)..end], start));
        return end + 1;
    }

    private static int SkipNumber(string text, int start)
    {
        var i = start;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.' || text[i] is 'e' or 'E'
            || (text[i] is '+' or '-' && text[i - 1] is 'e' or 'E')))
        {
            i++;
        }

        return i;
    }

    private static int ReadWord(string text, int start, List<ExpressionToken> tokens)
    {
        var i = start + 1;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        var word = text[start..i];
        if (Keywords.Contains(word))
        {
            return i;
        }

        var next = i;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var isFunction = next < text.Length && text[next] == '(';
        tokens.Add(new ExpressionToken(isFunction, word.TrimStart('$'), start));
        return i;
    }
}
