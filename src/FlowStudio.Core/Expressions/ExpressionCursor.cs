namespace FlowStudio.Core.Expressions;

/// <summary>What is being typed at a cursor in an expression, for completion and signature help.</summary>
/// <param name="Kind">What the fragment at the cursor is.</param>
/// <param name="FragmentStart">Where the fragment being typed starts (after <c>[</c> for a reference).</param>
/// <param name="Prefix">The fragment typed so far, from <paramref name="FragmentStart"/> to the cursor.</param>
/// <param name="Function">The innermost function call around the cursor, when known.</param>
/// <param name="ArgumentIndex">0-based argument of <paramref name="Function"/> the cursor is in.</param>
public sealed record ExpressionCursor(ExpressionCursorKind Kind, int FragmentStart, string Prefix, ExpressionFunction? Function, int ArgumentIndex);
