namespace FlowStudio.Core.Expressions;

/// <summary>A function name or a reference found in expression text, with its 0-based offset.</summary>
internal readonly record struct ExpressionToken(bool IsFunction, string Name, int Position);
