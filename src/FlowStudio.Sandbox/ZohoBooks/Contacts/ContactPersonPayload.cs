namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

/// <summary>A contact person as Zoho sends and receives it.</summary>
public sealed class ContactPersonPayload
{
    public string? ContactPersonId { get; set; }

    public string? ContactId { get; set; }

    public string? Salutation { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Designation { get; set; }

    public string? Department { get; set; }

    public bool? IsPrimaryContact { get; set; }

    public static ContactPersonPayload From(ContactPerson person) => new()
    {
        ContactPersonId = Http.ZohoJson.Id(person.Id),
        ContactId = Http.ZohoJson.Id(person.ContactId),
        Salutation = person.Salutation,
        FirstName = person.FirstName,
        LastName = person.LastName,
        Email = person.Email,
        Phone = person.Phone,
        Mobile = person.Mobile,
        Designation = person.Designation,
        Department = person.Department,
        IsPrimaryContact = person.IsPrimaryContact,
    };

    public void ApplyTo(ContactPerson person)
    {
        person.Salutation = Salutation ?? person.Salutation;
        person.FirstName = FirstName ?? person.FirstName;
        person.LastName = LastName ?? person.LastName;
        person.Email = Email ?? person.Email;
        person.Phone = Phone ?? person.Phone;
        person.Mobile = Mobile ?? person.Mobile;
        person.Designation = Designation ?? person.Designation;
        person.Department = Department ?? person.Department;
        person.IsPrimaryContact = IsPrimaryContact ?? person.IsPrimaryContact;
    }
}
