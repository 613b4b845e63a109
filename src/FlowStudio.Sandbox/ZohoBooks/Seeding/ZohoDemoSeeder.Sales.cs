using FlowStudio.Sandbox.ZohoBooks.Estimates;
using FlowStudio.Sandbox.ZohoBooks.SalesOrders;
using FlowStudio.Sandbox.ZohoBooks.SalesReceipts;

namespace FlowStudio.Sandbox.ZohoBooks.Seeding;

public sealed partial class ZohoDemoSeeder
{
    private static readonly string[] EstimateStatuses = ["draft", "sent", "accepted", "declined", "invoiced"];

    private void SeedSalesDocuments()
    {
        for (var i = 0; i < 20; i++)
        {
            var customer = Pick(customers);
            var date = today.AddDays(-Between(0, 90));
            var estimate = new Estimate
            {
                Id = NextId(),
                Number = $"EST-{Next("estimate"):D5}",
                ContactId = customer.Id,
                ContactName = customer.ContactName,
                Date = date,
                ExpiryDate = date.AddDays(30),
                Status = EstimateStatuses[i % EstimateStatuses.Length],
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            Total(estimate, Lines(Between(1, 3)));
            db.Estimates.Add(estimate);
        }

        for (var i = 0; i < 15; i++)
        {
            var customer = Pick(customers);
            var date = today.AddDays(-Between(0, 60));
            var order = new SalesOrder
            {
                Id = NextId(),
                Number = $"SO-{Next("salesorder"):D5}",
                ContactId = customer.Id,
                ContactName = customer.ContactName,
                Date = date,
                ShipmentDate = date.AddDays(7),
                Status = i % 3 == 0 ? "draft" : "open",
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            Total(order, Lines(Between(1, 3)));
            db.SalesOrders.Add(order);
        }

        for (var i = 0; i < 10; i++)
        {
            var customer = Pick(customers);
            var date = today.AddDays(-Between(0, 60));
            var receipt = new SalesReceipt
            {
                Id = NextId(),
                Number = $"SR-{Next("salesreceipt"):D5}",
                ContactId = customer.Id,
                ContactName = customer.ContactName,
                Date = date,
                Status = "paid",
                PaymentMode = Pick(PaymentModes),
                DepositToAccountId = accounts["Undeposited Funds"].Id,
                CreatedTime = Stamp(date),
                LastModifiedTime = Stamp(date),
            };
            Total(receipt, Lines(1));
            db.SalesReceipts.Add(receipt);
        }
    }
}
