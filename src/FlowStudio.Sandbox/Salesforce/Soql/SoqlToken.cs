namespace FlowStudio.Sandbox.Salesforce.Soql;

public enum SoqlTokenKind
{
    Word,
    Quoted,
    Number,
    DateTime,
    Date,
    Symbol,
    End,
}

/// <summary>One token of a query and where it starts (0-based), for error carets.</summary>
public sealed record SoqlToken(SoqlTokenKind Kind, string Text, int Position)
{
    public bool Is(string keyword) => Kind == SoqlTokenKind.Word && string.Equals(Text, keyword, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == SoqlTokenKind.Symbol && Text == symbol;
}
