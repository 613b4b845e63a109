namespace FlowStudio.Sandbox.ZohoBooks.Data;

/// <summary>A named counter for ids and document numbers (INV-000001, CN-00001, …).</summary>
public sealed class Sequence
{
    public required string Name { get; set; }

    public long Value { get; set; }
}
