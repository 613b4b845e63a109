namespace FlowStudio.Sandbox.Salesforce.Schema;

/// <summary>The describe types the sandbox's objects use; they decide which SOQL literals a field accepts.</summary>
public enum SFieldType
{
    Id,
    Text,
    Picklist,
    Email,
    Phone,
    Reference,
    Boolean,
    Currency,
    Number,
    Date,
    DateTime,
}
