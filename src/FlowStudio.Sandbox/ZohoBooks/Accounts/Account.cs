namespace FlowStudio.Sandbox.ZohoBooks.Accounts;

public sealed class Account
{
    public long Id { get; set; }

    public string AccountName { get; set; } = string.Empty;

    public string? AccountCode { get; set; }

    public string AccountType { get; set; } = "expense";

    public bool IsActive { get; set; } = true;

    public long? ParentAccountId { get; set; }

    public string? Description { get; set; }
}
