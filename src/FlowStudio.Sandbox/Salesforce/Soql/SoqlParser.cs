using System.Globalization;

namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>
/// Recursive descent over the SOQL subset the sandbox serves:
/// <code>
/// query     := SELECT item (, item)* FROM name [WHERE or] [ORDER BY order (, order)*] [LIMIT n] [OFFSET n]
/// item      := path | ( query )                      -- a child sub-select
/// or        := and (OR and)*      and := not (AND not)*      -- AND and OR never mix without parentheses
/// not       := NOT not | ( or ) | path op literal | path [NOT] IN ( literal, … ) | path LIKE 'pattern'
/// literal   := 'text' | number | TRUE | FALSE | NULL | 2025-01-10 | 2025-01-10T00:00:00Z | TODAY | LAST_N_DAYS:n …
/// </code>
/// </summary>
public sealed class SoqlParser
{
    private static readonly string[] Comparisons = ["=", "!=", "<>", "<", "<=", ">", ">="];
    private static readonly string[] Reserved = ["SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE", "ORDER", "BY", "LIMIT", "OFFSET", "ASC", "DESC", "NULLS", "FIRST", "LAST", "NULL", "TRUE", "FALSE", "GROUP", "HAVING"];

    private readonly string text;
    private readonly List<SoqlToken> tokens;
    private int index;

    private SoqlParser(string text)
    {
        this.text = text;
        tokens = SoqlLexer.Tokenize(text);
    }

    private SoqlToken Current => tokens[index];

    /// <exception cref="SoqlException">MALFORMED_QUERY with the position of the unexpected token.</exception>
    public static SoqlQuery Parse(string soql)
    {
        ArgumentNullException.ThrowIfNull(soql);
        var parser = new SoqlParser(soql);
        var query = parser.ParseQuery(subQuery: false);
        parser.Expect(SoqlTokenKind.End);
        return query;
    }

    private SoqlQuery ParseQuery(bool subQuery)
    {
        ExpectKeyword("SELECT");
        var select = new List<SoqlSelectItem>();
        do
        {
            if (Current.IsSymbol("("))
            {
                if (subQuery)
                {
                    throw Unexpected();
                }

                index++;
                select.Add(new SoqlSubQuery(ParseQuery(subQuery: true)));
                ExpectSymbol(")");
            }
            else
            {
                select.Add(Path());
            }
        }
        while (TrySymbol(","));

        ExpectKeyword("FROM");
        var from = Current;
        if (from.Kind != SoqlTokenKind.Word || IsReserved(from) || from.Text.Contains('.', StringComparison.Ordinal))
        {
            throw Unexpected();
        }

        index++;
        SoqlCondition? where = null;
        if (TryKeyword("WHERE"))
        {
            where = ParseOr();
        }

        var order = new List<SoqlOrder>();
        if (TryKeyword("ORDER"))
        {
            ExpectKeyword("BY");
            do
            {
                var field = Path();
                var descending = TryKeyword("DESC");
                if (!descending)
                {
                    TryKeyword("ASC");
                }

                var nullsFirst = !descending;
                if (TryKeyword("NULLS"))
                {
                    nullsFirst = TryKeyword("FIRST") || (TryKeyword("LAST") ? false : throw Unexpected());
                }

                order.Add(new SoqlOrder(field, descending, nullsFirst));
            }
            while (TrySymbol(","));
        }

        var limit = TryKeyword("LIMIT") ? Integer() : (int?)null;
        var offset = TryKeyword("OFFSET") ? Integer() : (int?)null;
        if (offset > 2000)
        {
            throw new SoqlException("NUMBER_OUTSIDE_VALID_RANGE", text, tokens[index - 1].Position, "Maximum SOQL offset allowed is 2000");
        }

        return new SoqlQuery(from.Text, from.Position, select, where, order, limit, offset);
    }

    private SoqlCondition ParseOr()
    {
        var first = ParseAnd();
        if (!Current.Is("OR"))
        {
            return first;
        }

        var parts = new List<SoqlCondition> { first };
        while (TryKeyword("OR"))
        {
            parts.Add(ParseNot());
            if (Current.Is("AND"))
            {
                throw Unexpected();
            }
        }

        return new SoqlOr(parts);
    }

    private SoqlCondition ParseAnd()
    {
        var first = ParseNot();
        if (!Current.Is("AND"))
        {
            return first;
        }

        var parts = new List<SoqlCondition> { first };
        while (TryKeyword("AND"))
        {
            parts.Add(ParseNot());
        }

        // "a AND b OR c" is refused by Salesforce: mixing needs parentheses.
        if (Current.Is("OR"))
        {
            throw Unexpected();
        }

        return new SoqlAnd(parts);
    }

    private SoqlCondition ParseNot()
    {
        if (TryKeyword("NOT"))
        {
            return new SoqlNot(ParseNot());
        }

        if (TrySymbol("("))
        {
            var inner = ParseOr();
            ExpectSymbol(")");
            return inner;
        }

        var field = Path();
        if (TryKeyword("LIKE"))
        {
            var pattern = Literal();
            return pattern.Kind == SoqlLiteralKind.Text ? new SoqlComparison(field, "LIKE", pattern) : throw Unexpected(tokens[index - 1]);
        }

        var negated = TryKeyword("NOT");
        if (TryKeyword("IN"))
        {
            ExpectSymbol("(");
            var values = new List<SoqlLiteral>();
            do
            {
                values.Add(Literal());
            }
            while (TrySymbol(","));

            ExpectSymbol(")");
            return new SoqlIn(field, negated, values);
        }

        if (negated || Current.Kind != SoqlTokenKind.Symbol || !Comparisons.Contains(Current.Text))
        {
            throw Unexpected();
        }

        var op = Current.Text == "<>" ? "!=" : Current.Text;
        index++;
        return new SoqlComparison(field, op, Literal());
    }

    private SoqlLiteral Literal()
    {
        var token = Current;
        index++;
        switch (token.Kind)
        {
            case SoqlTokenKind.Quoted:
                return new SoqlLiteral(SoqlLiteralKind.Text, token.Text, token.Text, token.Position);
            case SoqlTokenKind.Number:
                return new SoqlLiteral(SoqlLiteralKind.Number, decimal.Parse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture), token.Text, token.Position);
            case SoqlTokenKind.Date:
                return DateOnly.TryParseExact(token.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? new SoqlLiteral(SoqlLiteralKind.Date, date, token.Text, token.Position)
                    : throw new SoqlException("MALFORMED_QUERY", text, token.Position, $"value of filter criterion '{token.Text}' is not a valid date");
            case SoqlTokenKind.DateTime:
                return DateTimeOffset.TryParse(token.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
                    ? new SoqlLiteral(SoqlLiteralKind.DateTime, instant, token.Text, token.Position)
                    : throw new SoqlException("MALFORMED_QUERY", text, token.Position, $"value of filter criterion '{token.Text}' is not a valid dateTime");
            case SoqlTokenKind.Word when token.Is("NULL"):
                return new SoqlLiteral(SoqlLiteralKind.Null, null, token.Text, token.Position);
            case SoqlTokenKind.Word when token.Is("TRUE") || token.Is("FALSE"):
                return new SoqlLiteral(SoqlLiteralKind.Boolean, token.Is("TRUE"), token.Text, token.Position);
            case SoqlTokenKind.Word when SoqlDateLiterals.IsKnown(token.Text):
                var n = 0;
                if (SoqlDateLiterals.TakesNumber(token.Text))
                {
                    ExpectSymbol(":");
                    n = Integer();
                }

                return new SoqlLiteral(SoqlLiteralKind.DateRange, new SoqlDateRange(token.Text.ToUpperInvariant(), n), token.Text, token.Position);
            default:
                index--;
                throw Unexpected();
        }
    }

    private SoqlField Path()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Word || IsReserved(token) || token.Text.StartsWith('.') || token.Text.EndsWith('.') || token.Text.Contains("..", StringComparison.Ordinal))
        {
            throw Unexpected();
        }

        index++;
        return new SoqlField(token.Text, token.Position);
    }

    private int Integer()
    {
        var token = Current;
        if (token.Kind != SoqlTokenKind.Number || !int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw Unexpected();
        }

        index++;
        return value;
    }

    private bool TryKeyword(string keyword)
    {
        if (!Current.Is(keyword))
        {
            return false;
        }

        index++;
        return true;
    }

    private bool TrySymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            return false;
        }

        index++;
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!TryKeyword(keyword))
        {
            throw Unexpected();
        }
    }

    private void ExpectSymbol(string symbol)
    {
        if (!TrySymbol(symbol))
        {
            throw Unexpected();
        }
    }

    private void Expect(SoqlTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            throw Unexpected();
        }
    }

    private static bool IsReserved(SoqlToken token) => Reserved.Contains(token.Text, StringComparer.OrdinalIgnoreCase);

    private SoqlException Unexpected(SoqlToken? at = null)
    {
        var token = at ?? Current;
        return new SoqlException("MALFORMED_QUERY", text, token.Position, $"unexpected token: {(token.Kind == SoqlTokenKind.Quoted ? "'" + token.Text + "'" : token.Text)}");
    }
}
