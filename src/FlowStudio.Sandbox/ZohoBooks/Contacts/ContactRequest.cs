using FlowStudio.Sandbox.ZohoBooks.Common;

namespace FlowStudio.Sandbox.ZohoBooks.Contacts;

public sealed class ContactRequest
{
    public string? ContactName { get; set; }

    public string? CompanyName { get; set; }

    public string? ContactType { get; set; }

    public string? CustomerSubType { get; set; }

    public int? PaymentTerms { get; set; }

    public string? PaymentTermsLabel { get; set; }

    public string? CurrencyCode { get; set; }

    public decimal? CreditLimit { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Mobile { get; set; }

    public string? Website { get; set; }

    public bool? IsTaxable { get; set; }

    public string? TaxId { get; set; }

    public string? VatRegNo { get; set; }

    public string? TaxRegNo { get; set; }

    public string? GstNo { get; set; }

    public string? Notes { get; set; }

    public ZohoAddress? BillingAddress { get; set; }

    public ZohoAddress? ShippingAddress { get; set; }

    public List<ContactPersonPayload>? ContactPersons { get; set; }

    public List<CustomField>? CustomFields { get; set; }

    public void ApplyTo(Contact contact)
    {
        contact.ContactName = ContactName?.Trim() ?? contact.ContactName;
        contact.CompanyName = CompanyName ?? contact.CompanyName;
        contact.ContactType = ContactType ?? contact.ContactType;
        contact.CustomerSubType = CustomerSubType ?? contact.CustomerSubType;
        contact.PaymentTerms = PaymentTerms ?? contact.PaymentTerms;
        contact.PaymentTermsLabel = PaymentTermsLabel
            ?? (PaymentTerms is { } terms ? (terms == 0 ? "Due on Receipt" : $"Net {terms}") : contact.PaymentTermsLabel);
        contact.CurrencyCode = CurrencyCode ?? contact.CurrencyCode;
        contact.CreditLimit = CreditLimit ?? contact.CreditLimit;
        contact.Email = Email ?? contact.Email;
        contact.Phone = Phone ?? contact.Phone;
        contact.Mobile = Mobile ?? contact.Mobile;
        contact.Website = Website ?? contact.Website;
        contact.IsTaxable = IsTaxable ?? contact.IsTaxable;
        contact.TaxId = TaxId ?? contact.TaxId;
        contact.VatRegNo = VatRegNo ?? contact.VatRegNo;
        contact.TaxRegNo = TaxRegNo ?? contact.TaxRegNo;
        contact.GstNo = GstNo ?? contact.GstNo;
        contact.Notes = Notes ?? contact.Notes;
        contact.BillingAddress = BillingAddress ?? contact.BillingAddress;
        contact.ShippingAddress = ShippingAddress ?? contact.ShippingAddress;
        contact.CustomFields = CustomFields ?? contact.CustomFields;
    }
}
