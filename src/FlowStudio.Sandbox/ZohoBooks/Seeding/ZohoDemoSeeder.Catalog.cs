using FlowStudio.Sandbox.ZohoBooks.Accounts;
using FlowStudio.Sandbox.ZohoBooks.Items;
using FlowStudio.Sandbox.ZohoBooks.Taxes;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    private static readonly (string Name, string Code, string Type)[] AccountRows =
    [
        ("Petty Cash", "1000", "cash"), ("Undeposited Funds", "1010", "cash"), ("Business Checking", "1100", "bank"),
        ("Business Savings", "1110", "bank"), ("Accounts Receivable", "1200", "accounts_receivable"),
        ("Prepaid Expenses", "1300", "other_current_asset"), ("Furniture and Equipment", "1500", "fixed_asset"),
        ("Company Credit Card", "2000", "credit_card"), ("Accounts Payable", "2100", "accounts_payable"),
        ("Tax Payable", "2200", "other_current_liability"), ("Bank Loan", "2500", "long_term_liability"),
        ("Owner's Equity", "3000", "equity"), ("Sales", "4000", "income"), ("Consulting Income", "4100", "income"),
        ("Interest Income", "4900", "other_income"), ("Cost of Goods Sold", "5000", "cost_of_goods_sold"),
        ("Office Supplies", "6000", "expense"), ("Rent Expense", "6100", "expense"), ("Travel Expense", "6200", "expense"),
        ("Software Subscriptions", "6300", "expense"), ("Advertising and Marketing", "6400", "expense"),
        ("Meals and Entertainment", "6500", "expense"), ("Bank Fees and Charges", "6900", "other_expense"),
    ];

    private static readonly (string Name, decimal Rate, string Type)[] ItemRows =
    [
        ("Consulting Hour", 150.00m, "service"), ("Implementation Package", 2500.00m, "service"),
        ("Support Plan (monthly)", 499.00m, "service"), ("Training Day", 1200.00m, "service"),
        ("Integration Setup", 875.50m, "service"), ("Data Migration", 1450.00m, "service"),
        ("License Seat", 39.99m, "goods"), ("Hardware Token", 24.95m, "goods"), ("Barcode Scanner", 189.00m, "goods"),
        ("Receipt Printer", 249.00m, "goods"), ("Audit Review", 3200.00m, "service"), ("Travel Reimbursement", 310.25m, "service"),
    ];

    private readonly Dictionary<string, Account> accounts = new(StringComparer.Ordinal);

    private void SeedTaxes()
    {
        foreach (var (name, percentage) in new[] { ("Sales Tax", 8.25m), ("State Tax", 6.5m), ("City Tax", 2.0m), ("Zero Rate", 0m) })
        {
            var tax = new Tax { Id = NextId(), TaxName = name, TaxPercentage = percentage, TaxType = "tax", IsDefaultTax = name == "Sales Tax" };
            taxes.Add(tax);
            db.Taxes.Add(tax);
        }
    }

    private void SeedAccounts()
    {
        foreach (var (name, code, type) in AccountRows)
        {
            var account = new Account { Id = NextId(), AccountName = name, AccountCode = code, AccountType = type };
            accounts[name] = account;
            db.Accounts.Add(account);
        }
    }

    private void SeedItems()
    {
        var index = 0;
        foreach (var (name, rate, type) in ItemRows)
        {
            index++;
            var item = new Item
            {
                Id = NextId(),
                Name = name,
                Rate = rate,
                Description = $"{name} ({type})",
                Sku = $"SKU-{index:D3}",
                ProductType = type,
                AccountId = accounts[type == "goods" ? "Sales" : "Consulting Income"].Id,
                TaxId = type == "goods" ? taxes[0].Id : null,
            };
            items.Add(item);
            db.Items.Add(item);
        }
    }
}
