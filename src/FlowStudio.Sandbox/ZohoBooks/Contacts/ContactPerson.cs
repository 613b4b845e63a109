namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public sealed class ContactPerson
{
    public long Id { get; set; }

    public long ContactId { get; set; }

    public string? Salutation { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Designation { get; set; }

    public string? Department { get; set; }

    public bool IsPrimaryContact { get; set; }
}
