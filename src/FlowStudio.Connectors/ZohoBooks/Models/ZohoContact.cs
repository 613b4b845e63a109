namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoContact
{
    public required string ContactId { get; init; }

    public required string ContactName { get; init; }

    public string? CompanyName { get; init; }

    public string? ContactType { get; init; }

    public string? CustomerSubType { get; init; }

    public string? Status { get; init; }

    public int? PaymentTerms { get; init; }

    public string? PaymentTermsLabel { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal? CreditLimit { get; init; }

    public decimal OutstandingReceivableAmount { get; init; }

    public decimal UnusedCreditsReceivableAmount { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public bool? IsTaxable { get; init; }

    public string? TaxId { get; init; }

    public string? VatRegNo { get; init; }

    public string? TaxRegNo { get; init; }

    public string? GstNo { get; init; }

    public string? Notes { get; init; }

    public ZohoAddress? BillingAddress { get; init; }

    public ZohoAddress? ShippingAddress { get; init; }

    public IReadOnlyList<ZohoContactPerson>? ContactPersons { get; init; }

    public IReadOnlyList<ZohoCustomField>? CustomFields { get; init; }

    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }
}

/// <summary>Create or partial update of a contact; null fields are left out (sending <c>contact_persons</c> replaces them all).</summary>
public sealed record ZohoContactInput
{
    public string? ContactName { get; init; }

    public string? CompanyName { get; init; }

    /// <summary><c>customer</c> or <c>vendor</c>.</summary>
    public string? ContactType { get; init; }

    public string? CustomerSubType { get; init; }

    public int? PaymentTerms { get; init; }

    public string? PaymentTermsLabel { get; init; }

    public string? CurrencyCode { get; init; }

    public decimal? CreditLimit { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public string? Website { get; init; }

    public bool? IsTaxable { get; init; }

    public string? TaxId { get; init; }

    public string? VatRegNo { get; init; }

    public string? TaxRegNo { get; init; }

    public string? GstNo { get; init; }

    public string? Notes { get; init; }

    public ZohoAddress? BillingAddress { get; init; }

    public ZohoAddress? ShippingAddress { get; init; }

    public IReadOnlyList<ZohoContactPerson>? ContactPersons { get; init; }

    public IReadOnlyList<ZohoCustomField>? CustomFields { get; init; }
}

public sealed record ZohoContactPerson
{
    public string? ContactPersonId { get; init; }

    public string? ContactId { get; init; }

    public string? Salutation { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }

    public string? Designation { get; init; }

    public string? Department { get; init; }

    public bool? IsPrimaryContact { get; init; }
}

/// <summary>
/// How to find contacts: each set criterion narrows the search (exact email, name or company contains,
/// tax number across the VAT, GST and tax registration fields).
/// </summary>
public sealed record ZohoContactSearch
{
    public string? Email { get; init; }

    public string? Name { get; init; }

    public string? Company { get; init; }

    public string? TaxNumber { get; init; }

    /// <summary><c>customer</c> or <c>vendor</c>; Zoho's support for this filter is UNVERIFIED, so results are checked client-side too.</summary>
    public string? ContactType { get; init; }

    /// <summary><c>Status.All</c>, <c>Status.Active</c>, <c>Status.Inactive</c>, <c>Status.Duplicate</c>.</summary>
    public string? FilterBy { get; init; }
}
