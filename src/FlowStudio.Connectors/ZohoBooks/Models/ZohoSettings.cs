namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoAccount
{
    public required string AccountId { get; init; }

    public required string AccountName { get; init; }

    public string? AccountCode { get; init; }

    /// <summary>cash, bank, accounts_receivable, income, expense, …</summary>
    public string? AccountType { get; init; }

    public bool IsActive { get; init; }

    public string? ParentAccountId { get; init; }

    public string? Description { get; init; }
}

public sealed record ZohoItem
{
    public required string ItemId { get; init; }

    public required string Name { get; init; }

    public string? Status { get; init; }

    public string? Description { get; init; }

    public decimal Rate { get; init; }

    public string? Sku { get; init; }

    public string? TaxId { get; init; }

    public string? AccountId { get; init; }

    public string? ProductType { get; init; }
}

public sealed record ZohoTax
{
    public required string TaxId { get; init; }

    public required string TaxName { get; init; }

    public decimal TaxPercentage { get; init; }

    public string? TaxType { get; init; }

    public bool IsDefaultTax { get; init; }
}

public sealed record ZohoOrganization
{
    public required string OrganizationId { get; init; }

    public required string Name { get; init; }

    public bool IsDefaultOrg { get; init; }

    public string? Country { get; init; }

    public string? CurrencyCode { get; init; }

    public string? TimeZone { get; init; }
}
