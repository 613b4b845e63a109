namespace FlowStudio.Sandbox.Salesforce.Schema;

/// <summary>An sObject the sandbox stores: its fields (case-insensitive, as SOQL reads them), id prefix and child relationships.</summary>
public sealed class SObjectType
{
    public SObjectType(string name, string keyPrefix, IEnumerable<SField> fields)
    {
        Name = name;
        KeyPrefix = keyPrefix;
        Fields = fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    /// <summary>The first three characters of every id of this object (006 for Opportunity).</summary>
    public string KeyPrefix { get; }

    public IReadOnlyDictionary<string, SField> Fields { get; }

    /// <summary>Child relationship name (e.g. <c>OpportunityLineItems</c>) → (child object, its field pointing here).</summary>
    public Dictionary<string, (string ChildType, string ForeignKey)> Children { get; } = new(StringComparer.OrdinalIgnoreCase);

    public SField? Field(string name) => Fields.TryGetValue(name, out var field) ? field : null;

    /// <summary>The reference field whose relationship name is <paramref name="relationship"/> (Account → AccountId).</summary>
    public SField? Relationship(string relationship) =>
        Fields.Values.FirstOrDefault(f => f.Type == SFieldType.Reference && string.Equals(f.RelationshipName, relationship, StringComparison.OrdinalIgnoreCase));
}
