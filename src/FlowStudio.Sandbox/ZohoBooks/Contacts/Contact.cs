using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public sealed class Contact
{
    public long Id { get; set; }

    public string ContactName { get; set; } = string.Empty;

    public string? CompanyName { get; set; }

    public string ContactType { get; set; } = "customer";

    public string CustomerSubType { get; set; } = "business";

    public string Status { get; set; } = "active";

    public int PaymentTerms { get; set; }

    public string PaymentTermsLabel { get; set; } = "Due on Receipt";

    public string CurrencyCode { get; set; } = "USD";

    public decimal CreditLimit { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Website { get; set; }

    public bool IsTaxable { get; set; }

    public string? TaxId { get; set; }

    public string? VatRegNo { get; set; }

    public string? TaxRegNo { get; set; }

    public string? GstNo { get; set; }

    public string? Notes { get; set; }

    public ZohoAddress BillingAddress { get; set; } = new();

    public ZohoAddress ShippingAddress { get; set; } = new();

    public List<CustomField> CustomFields { get; set; } = [];

    public DateTimeOffset CreatedTime { get; set; }

    public DateTimeOffset LastModifiedTime { get; set; }
}
