namespace FlowStudio.Sandbox.Coupa;

/// <summary>One query argument: an attribute path (hyphenated, e.g. <c>primary-contact/email</c>), an operator and its value.</summary>
public sealed record CoupaQueryCondition(IReadOnlyList<string> Path, string Operator, string Value);
