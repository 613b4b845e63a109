namespace FlowStudio.Core.Expressions;

/// <summary>Where an expression lives, so an error can name the node and config field.</summary>
public readonly record struct ExpressionSite(string? NodeId, string? FieldKey)
{
    public override string ToString() => (NodeId, FieldKey) switch
    {
        (null, null) => "expression",
        (not null, null) => $"node '{NodeId}'",
        (null, not null) => $"field '{FieldKey}'",
        _ => $"node '{NodeId}' field '{FieldKey}'",
    };
}
