using System.Globalization;
using FlowStudio.Sandbox.ZohoBooks.Bills;
using FlowStudio.Sandbox.ZohoBooks.Common;
using FlowStudio.Sandbox.ZohoBooks.Expenses;
using FlowStudio.Sandbox.ZohoBooks.Http;
using FlowStudio.Sandbox.ZohoBooks.PurchaseOrders;
using FlowStudio.Sandbox.ZohoBooks.VendorPayments;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    private static readonly string[] ExpenseAccounts =
        ["Office Supplies", "Rent Expense", "Travel Expense", "Software Subscriptions", "Advertising and Marketing", "Meals and Entertainment"];

    private void SeedPurchases()
    {
        for (var i = 0; i < 40; i++)
        {
            var vendor = vendors[i % vendors.Count];
            var due = today.AddDays(Between(-75, 30));
            var date = due.AddDays(-30) is var issued && issued > today ? today : issued;
            var account = accounts[ExpenseAccounts[i % ExpenseAccounts.Length]];
            var bill = new Bill
            {
                Id = NextId(),
                Number = $"VB-{4000 + i}",
                ContactId = vendor.Id,
                ContactName = vendor.ContactName,
                Date = date,
                DueDate = due,
                PaymentTerms = 30,
                Status = i % 13 == 0 ? "void" : "open",
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            var rate = Money.Round(Between(5000, 250000) / 100m);
            Total(bill, [new LineItem { LineItemId = ZohoJson.Id(NextId()), AccountId = ZohoJson.Id(account.Id), Name = account.AccountName, Rate = rate, Quantity = 1, ItemOrder = 1 }]);
            db.Bills.Add(bill);
            if (bill.Status == "open" && i % 4 == 1)
            {
                var amount = i % 8 == 1 ? bill.Total : Money.Round(bill.Total / 2m);
                bill.PaymentMade = amount;
                db.VendorPayments.Add(new VendorPayment
                {
                    Id = NextId(),
                    PaymentNumber = Next("vendorpayment").ToString(CultureInfo.InvariantCulture),
                    VendorId = vendor.Id,
                    VendorName = vendor.ContactName,
                    PaymentMode = "banktransfer",
                    Amount = amount,
                    Date = date.AddDays(10) > today ? today : date.AddDays(10),
                    PaidThroughAccountId = accounts["Business Checking"].Id,
                    Bills = [new AppliedAmount { DocumentId = bill.Id, DocumentNumber = bill.Number, AmountApplied = amount, Date = today }],
                    CreatedTime = Stamp(date),
                });
            }
        }

        SeedExpenses();
        SeedPurchaseOrders();
    }

    private void SeedExpenses()
    {
        for (var i = 0; i < 60; i++)
        {
            var account = accounts[ExpenseAccounts[i % ExpenseAccounts.Length]];
            var vendor = i % 2 == 0 ? vendors[i % vendors.Count] : null;
            var date = today.AddDays(-Between(0, 180));
            var amount = Money.Round(Between(1200, 90000) / 100m);
            db.Expenses.Add(new Expense
            {
                Id = NextId(),
                AccountId = account.Id,
                AccountName = account.AccountName,
                PaidThroughAccountId = accounts[i % 3 == 0 ? "Company Credit Card" : "Business Checking"].Id,
                Date = date,
                Amount = amount,
                Total = amount,
                VendorId = vendor?.Id,
                VendorName = vendor?.ContactName,
                ReferenceNumber = $"EXP-{i + 1:D4}",
                Description = $"{account.AccountName} #{i + 1}",
                CreatedTime = Stamp(date),
            });
        }
    }

    private void SeedPurchaseOrders()
    {
        for (var i = 0; i < 12; i++)
        {
            var vendor = vendors[i % vendors.Count];
            var date = today.AddDays(-Between(0, 60));
            var order = new PurchaseOrder
            {
                Id = NextId(),
                Number = $"PO-{Next("purchaseorder"):D5}",
                ContactId = vendor.Id,
                ContactName = vendor.ContactName,
                Date = date,
                DeliveryDate = date.AddDays(14),
                Status = (i % 4) switch { 0 => "draft", 1 => "billed", _ => "open" },
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            Total(order, Lines(Between(1, 2)));
            db.PurchaseOrders.Add(order);
        }
    }
}
