namespace FlowStudio.Sandbox.ZohoBooks.Items;

public sealed class Item
{
    public long Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public decimal Rate { get; set; }

    public string? Description { get; set; }

    public string? Sku { get; set; }

    public long? TaxId { get; set; }

    public long? AccountId { get; set; }

    public string ProductType { get; set; } = "service";

    public string Status { get; set; } = "active";
}
