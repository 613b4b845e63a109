namespace FlowStudio.Core.Expressions;

/// <summary>
/// Editor help that needs no valid expression: what is typed at a cursor, which function call it is in,
/// and completions of function names and data paths. Works on half-typed text, never throws on it.
/// </summary>
public static class ExpressionAssist
{
    public const int MaxCompletions = 50;

    public static ExpressionCursor Analyse(string text, int cursor)
    {
        ArgumentNullException.ThrowIfNull(text);
        cursor = Math.Clamp(cursor, 0, text.Length);
        var calls = new Stack<(string? Name, int Argument)>();
        char? quote = null;
        int? bracketStart = null;
        var wordStart = -1;
        for (var i = 0; i < cursor; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }

                continue;
            }

            if (bracketStart is not null)
            {
                if (c == ']')
                {
                    bracketStart = null;
                }

                continue;
            }

            if (IsWordChar(c))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                continue;
            }

            var word = wordStart >= 0 ? text[wordStart..i] : null;
            wordStart = -1;
            switch (c)
            {
                case '\'' or '"':
                    quote = c;
                    break;
                case '[':
                    bracketStart = i;
                    break;
                case '(':
                    calls.Push((word is not null && !char.IsAsciiDigit(word[0]) ? word : null, 0));
                    break;
                case ')' when calls.Count > 0:
                    calls.Pop();
                    break;
                case ',' when calls.Count > 0:
                    var (name, argument) = calls.Pop();
                    calls.Push((name, argument + 1));
                    break;
            }
        }

        var (function, index) = calls.Count > 0 && calls.Peek() is { Name: { } called } top
            ? (ExpressionFunctions.Find(called), top.Argument)
            : (null, 0);
        if (quote is not null)
        {
            return new ExpressionCursor(ExpressionCursorKind.InText, cursor, string.Empty, function, index);
        }

        if (bracketStart is { } start)
        {
            return new ExpressionCursor(ExpressionCursorKind.Reference, start + 1, text[(start + 1)..cursor], function, index);
        }

        return wordStart >= 0 && !char.IsAsciiDigit(text[wordStart])
            ? new ExpressionCursor(ExpressionCursorKind.Word, wordStart, text[wordStart..cursor], function, index)
            : new ExpressionCursor(ExpressionCursorKind.Empty, cursor, string.Empty, function, index);
    }

    /// <summary>Function names and data paths that fit what is typed at <paramref name="cursor"/>.</summary>
    public static IReadOnlyList<ExpressionCompletion> Complete(string text, int cursor, IEnumerable<SamplePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var at = Analyse(text, cursor);
        var closed = at.Kind == ExpressionCursorKind.Reference && cursor < text.Length && text[cursor] == ']';
        IEnumerable<ExpressionCompletion> found = at.Kind switch
        {
            ExpressionCursorKind.Reference => PathsStartingWith(paths, at.Prefix)
                .Select(p => new ExpressionCompletion(p.Path, closed ? p.Path : $"{p.Path}]", Describe(p), IsFunction: false)),
            ExpressionCursorKind.Word or ExpressionCursorKind.Empty => FunctionsStartingWith(at.Prefix)
                .Concat(PathsStartingWith(paths, at.Prefix).Select(p => new ExpressionCompletion(p.Path, $"[{p.Path}]", Describe(p), IsFunction: false))),
            _ => [],
        };
        return [.. found.Take(MaxCompletions)];
    }

    /// <summary>The text with the fragment at <paramref name="cursor"/> replaced by <paramref name="completion"/>, and the new cursor.</summary>
    public static (string Text, int Cursor) Apply(string text, int cursor, ExpressionCompletion completion)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(completion);
        cursor = Math.Clamp(cursor, 0, text.Length);
        var at = Analyse(text, cursor);
        var start = at.Kind is ExpressionCursorKind.Reference or ExpressionCursorKind.Word ? at.FragmentStart : cursor;
        var result = string.Concat(text.AsSpan(0, start), completion.InsertText, text.AsSpan(cursor));
        return (result, start + completion.InsertText.Length);
    }

    /// <summary>Inserts <paramref name="snippet"/> (e.g. a reference from the data picker) at the cursor, or in place of a selection.</summary>
    public static (string Text, int Cursor) Insert(string text, int cursor, string snippet, int selectionLength = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(snippet);
        cursor = Math.Clamp(cursor, 0, text.Length);
        var end = Math.Clamp(cursor + selectionLength, cursor, text.Length);
        return (string.Concat(text.AsSpan(0, cursor), snippet, text.AsSpan(end)), cursor + snippet.Length);
    }

    private static IEnumerable<ExpressionCompletion> FunctionsStartingWith(string prefix) =>
        ExpressionFunctions.All
            .Where(f => f.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(f => new ExpressionCompletion(f.Name, $"{f.Name}(", $"{f.Signature} — {f.Description}", IsFunction: true));

    private static IEnumerable<SamplePath> PathsStartingWith(IEnumerable<SamplePath> paths, string prefix) =>
        paths.Where(p => p.Path.StartsWith(prefix.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Describe(SamplePath path) => path.Preview is null ? path.Type : $"{path.Type} · {path.Preview}";

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
