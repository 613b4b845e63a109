using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class PayableOperationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bill_CreateGetListAndPay_TracksBalanceAndIsIdempotentByNumber()
    {
        var client = fixture.Harness.Client;
        var vendor = await SandboxData.VendorAsync(client);
        var expense = await SandboxData.AccountAsync(client, "expense");
        var input = new ZohoTransactionInput
        {
            VendorId = vendor.ContactId,
            BillNumber = "VB-" + Guid.NewGuid().ToString("N")[..6],
            Date = new DateOnly(2025, 6, 1),
            DueDate = new DateOnly(2025, 6, 10),
            LineItems = [new ZohoLineItem { AccountId = expense.AccountId, Name = "Hosting", Rate = 300.30m, Quantity = 1 }],
        };

        var bill = await client.CreateBillAsync(input, "run-6/bill/0", Ct);
        var again = await client.CreateBillAsync(input, "run-6/bill/0", Ct);
        var overdue = await client.ListBillsAsync(new ZohoListFilter { Status = "overdue", VendorId = vendor.ContactId }, Ct).ToListAsync(Ct);
        var payment = await client.CreateVendorPaymentAsync(
            new ZohoVendorPaymentInput { VendorId = vendor.ContactId, Amount = 300.30m, Bills = [new ZohoAppliedBill { BillId = bill.BillId, AmountApplied = 300.30m }] },
            "run-6/pay/0",
            Ct);
        var paymentAgain = await client.CreateVendorPaymentAsync(
            new ZohoVendorPaymentInput { VendorId = vendor.ContactId, Amount = 300.30m, Bills = [new ZohoAppliedBill { BillId = bill.BillId, AmountApplied = 300.30m }] },
            "run-6/pay/0",
            Ct);
        var paid = await client.GetBillAsync(bill.BillId, Ct);

        again.BillId.ShouldBe(bill.BillId);
        bill.Total.ShouldBe(300.30m);
        overdue.Select(b => b.BillId).ShouldContain(bill.BillId);
        paymentAgain.PaymentId.ShouldBe(payment.PaymentId);
        paid.Balance.ShouldBe(0m);
        paid.Status.ShouldBe("paid");
    }

    [Fact]
    public async Task Expense_CreateAndList_IsIdempotentByReferenceMarker()
    {
        var client = fixture.Harness.Client;
        var account = await SandboxData.AccountAsync(client, "expense");
        var input = new ZohoExpenseInput { AccountId = account.AccountId, Amount = 42.42m, Date = new DateOnly(2025, 6, 3), Description = "Taxi" };

        var expense = await client.CreateExpenseAsync(input, "run-8/expense/0", Ct);
        var again = await client.CreateExpenseAsync(input, "run-8/expense/0", Ct);
        var listed = await client.ListExpensesAsync(new ZohoListFilter { DateStart = new DateOnly(2025, 6, 3), DateEnd = new DateOnly(2025, 6, 3) }, Ct).ToListAsync(Ct);

        again.ExpenseId.ShouldBe(expense.ExpenseId);
        expense.Total.ShouldBe(42.42m);
        listed.Count(e => e.ExpenseId == expense.ExpenseId).ShouldBe(1);
    }

    [Fact]
    public async Task PurchaseOrder_CreateAndList_IsIdempotent()
    {
        var client = fixture.Harness.Client;
        var vendor = await SandboxData.VendorAsync(client);
        var item = await SandboxData.ItemAsync(client);
        var input = new ZohoTransactionInput { VendorId = vendor.ContactId, DeliveryDate = new DateOnly(2025, 7, 1), LineItems = [SandboxData.Line(item, 10m, 5)] };

        var order = await client.CreatePurchaseOrderAsync(input, "run-9/po/0", Ct);
        var again = await client.CreatePurchaseOrderAsync(input, "run-9/po/0", Ct);
        var listed = await client.ListPurchaseOrdersAsync(new ZohoListFilter { VendorId = vendor.ContactId }, Ct).ToListAsync(Ct);

        again.PurchaseorderId.ShouldBe(order.PurchaseorderId);
        order.DeliveryDate.ShouldBe(new DateOnly(2025, 7, 1));
        listed.Count(o => o.PurchaseorderId == order.PurchaseorderId).ShouldBe(1);
    }
}
