namespace FlowStudio.Core.Expressions;

/// <summary>One suggestion at a cursor: what the list shows and what replaces the fragment being typed.</summary>
/// <param name="Label">What the list shows, e.g. <c>ROUND</c> or <c>trigger.body.amount</c>.</param>
/// <param name="InsertText">What replaces the fragment, e.g. <c>ROUND(</c> or <c>trigger.body.amount]</c>.</param>
/// <param name="Detail">Signature and description of a function, or the value's type and sample of a path.</param>
/// <param name="IsFunction">A function name rather than a data path.</param>
public sealed record ExpressionCompletion(string Label, string InsertText, string Detail, bool IsFunction);
