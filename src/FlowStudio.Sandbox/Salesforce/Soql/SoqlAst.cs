namespace FlowStudio.Sandbox.Salesforce.Soql;

/// <summary>A parsed query: object, selected fields and child sub-queries, filter, order, limit and offset.</summary>
public sealed record SoqlQuery(string From, int FromPosition, IReadOnlyList<SoqlSelectItem> Select, SoqlCondition? Where, IReadOnlyList<SoqlOrder> OrderBy, int? Limit, int? Offset);

public abstract record SoqlSelectItem;

/// <summary>A field or a parent path such as <c>Account.Name</c>.</summary>
public sealed record SoqlField(string Path, int Position) : SoqlSelectItem
{
    public string[] Parts => Path.Split('.');
}

/// <summary><c>(SELECT … FROM OpportunityLineItems …)</c>: <see cref="SoqlQuery.From"/> is the child relationship name.</summary>
public sealed record SoqlSubQuery(SoqlQuery Query) : SoqlSelectItem;

public sealed record SoqlOrder(SoqlField Field, bool Descending, bool NullsFirst);

public abstract record SoqlCondition;

public sealed record SoqlAnd(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

public sealed record SoqlOr(IReadOnlyList<SoqlCondition> Parts) : SoqlCondition;

public sealed record SoqlNot(SoqlCondition Inner) : SoqlCondition;

/// <summary><c>field op value</c> with op one of = != &lt; &lt;= &gt; &gt;= LIKE.</summary>
public sealed record SoqlComparison(SoqlField Field, string Operator, SoqlLiteral Value) : SoqlCondition;

public sealed record SoqlIn(SoqlField Field, bool Negated, IReadOnlyList<SoqlLiteral> Values) : SoqlCondition;

public enum SoqlLiteralKind
{
    Text,
    Number,
    Boolean,
    Null,
    Date,
    DateTime,

    /// <summary>TODAY, LAST_N_DAYS:30 …: a range of days.</summary>
    DateRange,
}

/// <summary>A literal: its kind, its value (string, decimal, bool, DateOnly, DateTimeOffset, or the [start, end) of a date range).</summary>
public sealed record SoqlLiteral(SoqlLiteralKind Kind, object? Value, string Text, int Position);
