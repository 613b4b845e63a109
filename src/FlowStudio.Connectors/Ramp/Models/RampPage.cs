namespace FlowStudio.Connectors.Ramp.Models;

/// <summary><c>{"data":[…],"page":{"next":url|null}}</c>.</summary>
public sealed record RampPage<T>(IReadOnlyList<T> Data, RampPageLinks? Page);
