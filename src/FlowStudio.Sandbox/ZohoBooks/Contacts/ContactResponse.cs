using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Http;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public sealed record ContactResponse
{
    public required string ContactId { get; init; }

    public required string ContactName { get; init; }

    public string? CompanyName { get; init; }

    public required string ContactType { get; init; }

    public required string CustomerSubType { get; init; }

    public required string Status { get; init; }

    public int PaymentTerms { get; init; }

    public required string PaymentTermsLabel { get; init; }

    public required string CurrencyCode { get; init; }

    public decimal CreditLimit { get; init; }

    public decimal OutstandingReceivableAmount { get; init; }

    public decimal UnusedCreditsReceivableAmount { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public string? Website { get; init; }

    public bool IsTaxable { get; init; }

    public string? TaxId { get; init; }

    public string? VatRegNo { get; init; }

    public string? TaxRegNo { get; init; }

    public string? GstNo { get; init; }

    public string? Notes { get; init; }

    public ZohoAddress? BillingAddress { get; init; }

    public ZohoAddress? ShippingAddress { get; init; }

    public IReadOnlyList<ContactPersonPayload>? ContactPersons { get; init; }

    public IReadOnlyList<CustomField>? CustomFields { get; init; }

    public required string CreatedTime { get; init; }

    public required string LastModifiedTime { get; init; }

    public static ContactResponse From(Contact c, decimal outstanding, decimal unusedCredits, IReadOnlyList<ContactPerson>? persons = null) => new()
    {
        ContactId = ZohoJson.Id(c.Id),
        ContactName = c.ContactName,
        CompanyName = c.CompanyName,
        ContactType = c.ContactType,
        CustomerSubType = c.CustomerSubType,
        Status = c.Status,
        PaymentTerms = c.PaymentTerms,
        PaymentTermsLabel = c.PaymentTermsLabel,
        CurrencyCode = c.CurrencyCode,
        CreditLimit = c.CreditLimit,
        OutstandingReceivableAmount = outstanding,
        UnusedCreditsReceivableAmount = unusedCredits,
        FirstName = c.FirstName,
        LastName = c.LastName,
        Email = c.Email,
        Phone = c.Phone,
        Mobile = c.Mobile,
        Website = c.Website,
        IsTaxable = c.IsTaxable,
        TaxId = c.TaxId,
        VatRegNo = c.VatRegNo,
        TaxRegNo = c.TaxRegNo,
        GstNo = c.GstNo,
        Notes = c.Notes,
        BillingAddress = persons is null ? null : c.BillingAddress,
        ShippingAddress = persons is null ? null : c.ShippingAddress,
        ContactPersons = persons?.Select(ContactPersonPayload.From).ToList(),
        CustomFields = persons is null ? null : c.CustomFields,
        CreatedTime = ZohoJson.Timestamp(c.CreatedTime),
        LastModifiedTime = ZohoJson.Timestamp(c.LastModifiedTime),
    };
}
