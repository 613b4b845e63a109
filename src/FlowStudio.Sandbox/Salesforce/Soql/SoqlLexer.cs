using System.Text;
using System.Text.RegularExpressions;

namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>
/// Splits SOQL into words (names, keywords, dotted paths), quoted strings (with <c>\'</c> escapes), numbers, date and
/// datetime literals (unquoted, e.g. <c>2025-01-10</c>, <c>2025-01-10T00:00:00Z</c>) and symbols.
/// </summary>
public static partial class SoqlLexer
{
    private static readonly string[] Symbols = ["!=", "<>", "<=", ">=", "=", "<", ">", "(", ")", ",", ":"];

    /// <exception cref="SoqlException">An unterminated string or a character SOQL does not know.</exception>
    public static List<SoqlToken> Tokenize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = new List<SoqlToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '\'')
            {
                var start = i++;
                var text = new StringBuilder();
                while (i < query.Length && query[i] != '\'')
                {
                    if (query[i] == '\\' && i + 1 < query.Length)
                    {
                        i++;
                        text.Append(query[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => query[i] });
                    }
                    else
                    {
                        text.Append(query[i]);
                    }

                    i++;
                }

                if (i >= query.Length)
                {
                    throw new SoqlException("MALFORMED_QUERY", query, start, "line 1:" + start + " mismatched character '<EOF>' expecting '''");
                }

                i++;
                tokens.Add(new SoqlToken(SoqlTokenKind.Quoted, text.ToString(), start));
                continue;
            }

            var temporal = TemporalPattern().Match(query, i);
            if (temporal.Success && temporal.Index == i)
            {
                tokens.Add(new SoqlToken(temporal.Groups["time"].Success ? SoqlTokenKind.DateTime : SoqlTokenKind.Date, temporal.Value, i));
                i += temporal.Length;
                continue;
            }

            var number = NumberPattern().Match(query, i);
            if (number.Success && number.Index == i && (char.IsDigit(c) || c is '-' or '+' or '.'))
            {
                tokens.Add(new SoqlToken(SoqlTokenKind.Number, number.Value, i));
                i += number.Length;
                continue;
            }

            if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new SoqlToken(SoqlTokenKind.Word, query[start..i], start));
                continue;
            }

            var at = i;
            var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(query, at, s, 0, s.Length) == 0);
            if (symbol is null)
            {
                throw new SoqlException("MALFORMED_QUERY", query, i, $"unexpected token: '{c}'");
            }

            tokens.Add(new SoqlToken(SoqlTokenKind.Symbol, symbol, i));
            i += symbol.Length;
        }

        tokens.Add(new SoqlToken(SoqlTokenKind.End, "<EOF>", query.Length));
        return tokens;
    }

    [GeneratedRegex(@"\G\d{4}-\d{2}-\d{2}(?<time>T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2}))?(?![\w:-])")]
    private static partial Regex TemporalPattern();

    [GeneratedRegex(@"\G[-+]?(\d+(\.\d*)?|\.\d+)(?![\w.])")]
    private static partial Regex NumberPattern();
}
