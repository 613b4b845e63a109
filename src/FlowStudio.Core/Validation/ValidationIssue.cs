namespace FlowStudio.Core.Validation;

/// <summary>One problem in a flow, precise enough to highlight the node, the field and the character.</summary>
public sealed record ValidationIssue(ValidationCode Code, ValidationSeverity Severity, string Message)
{
    public string? NodeId { get; init; }

    public string? NodeLabel { get; init; }

    /// <summary>Config field key; nested values use dots and indexes, e.g. <c>mappings.total</c> or <c>cases[1].when</c>.</summary>
    public string? FieldKey { get; init; }

    /// <summary>0-based character offset in the field's expression or template, for expression issues.</summary>
    public int? Position { get; init; }

    public override string ToString() => $"{Severity} {Code}: {Message}";
}
