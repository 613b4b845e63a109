namespace FlowStudio.Core.Expressions;

/// <summary>Literal text, or (when <see cref="IsExpression"/>) the expression inside <c>{{ }}</c> starting at <see cref="Offset"/>.</summary>
public readonly record struct TemplatePart(string Text, bool IsExpression, int Offset);
