namespace FlowStudio.Sandbox.ZohoBooks.Taxes;

public sealed class Tax
{
    public long Id { get; set; }

    public string TaxName { get; set; } = string.Empty;

    public decimal TaxPercentage { get; set; }

    public string TaxType { get; set; } = "tax";

    public bool IsDefaultTax { get; set; }
}
