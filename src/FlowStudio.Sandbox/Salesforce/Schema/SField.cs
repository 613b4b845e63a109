namespace FlowStudio.Sandbox.Salesforce.Schema;

/// <summary>
/// One field of an sObject. A reference names the object it points to and its relationship name
/// (<c>AccountId</c> → <c>Account</c>), which SOQL uses for parent paths such as <c>Account.Name</c>.
/// </summary>
public sealed record SField(string Name, SFieldType Type, bool Updateable = true)
{
    public string? ReferenceTo { get; init; }

    public string? RelationshipName { get; init; }

    /// <summary>Allowed values of a restricted picklist; empty when any text is accepted.</summary>
    public IReadOnlyList<string> PicklistValues { get; init; } = [];

    public bool IsText => Type is SFieldType.Id or SFieldType.Text or SFieldType.Picklist or SFieldType.Email or SFieldType.Phone or SFieldType.Reference;

    public bool IsNumber => Type is SFieldType.Currency or SFieldType.Number;
}
