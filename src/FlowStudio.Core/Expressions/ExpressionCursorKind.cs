namespace FlowStudio.Core.Expressions;

public enum ExpressionCursorKind
{
    /// <summary>Between tokens: anything may start here.</summary>
    Empty,

    /// <summary>Typing a word: a function name (or a keyword).</summary>
    Word,

    /// <summary>Inside <c>[ … ]</c>: a data path.</summary>
    Reference,

    /// <summary>Inside a quoted string: nothing to complete.</summary>
    InText,
}
