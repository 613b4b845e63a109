namespace FlowStudio.Connectors.HubSpot.Models;

/// <summary>One search filter; <see cref="Operator"/> is EQ, NEQ, LT, LTE, GT, GTE, HAS_PROPERTY, NOT_HAS_PROPERTY, IN or NOT_IN.</summary>
public sealed record HubSpotFilter(string PropertyName, string Operator, string? Value = null, IReadOnlyList<string>? Values = null);
