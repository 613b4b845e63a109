namespace FlowStudio.Sandbox.Salesforce.Data;

/// <summary>One stored record of any sObject: its type, 18-character id and fields as Salesforce's JSON.</summary>
public sealed class SObjectRecord
{
    public required string Id { get; set; }

    public required string Type { get; set; }

    public string FieldsJson { get; set; } = "{}";
}
