using FlowStudio.Connectors.Tests.ZohoBooks.Support;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Bills, vendor payments, expenses and purchase orders through the module against the sandbox.</summary>
public sealed class PayableModuleTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task Bill_CreateTwiceGetListAndPay()
    {
        var vendor = await SandboxData.VendorAsync(Harness.Client);
        var account = await SandboxData.AccountAsync(Harness.Client, "expense");
        var input = new
        {
            vendor_id = vendor.ContactId,
            bill_number = "VB-" + Guid.NewGuid().ToString("N")[..6],
            date = "2025-06-01",
            due_date = "2025-06-10",
            line_items = new[] { new { account_id = account.AccountId, name = "Hosting", rate = "300.30", quantity = 1 } },
        };

        var bill = await Harness.OutputAsync("bills.create", input, "run-b/bill/0");
        var retried = await Harness.OutputAsync("bills.create", input, "run-b/bill/0");
        var billId = bill.GetProperty("bill_id").GetString();
        var fetched = await Harness.OutputAsync("bills.get", new { bill_id = billId });
        var listed = await Harness.OutputAsync("bills.list", new { vendor_id = vendor.ContactId, due_date_start = "2025-06-10", due_date_end = "2025-06-10" });
        var payment = await Harness.OutputAsync("vendor_payments.create", new
        {
            vendor_id = vendor.ContactId,
            amount = 300.30m,
            bills = new[] { new { bill_id = billId, amount_applied = "300.30" } },
        });

        OutputShape.ShouldMatch(bill, "bills.create");
        OutputShape.ShouldMatch(fetched, "bills.get");
        OutputShape.ShouldMatch(payment, "vendor_payments.create");
        retried.GetProperty("bill_id").GetString().ShouldBe(billId);
        OutputShape.ShouldMatch(listed, "bills.list").Select(b => b.GetProperty("bill_id").GetString()).ShouldContain(billId);
        bill.GetProperty("total").GetDecimal().ShouldBe(300.30m);
        (await Harness.Client.GetBillAsync(billId!, Ct)).Status.ShouldBe("paid");
    }

    [Fact]
    public async Task Expense_CreateTwiceAndList_KeepsOne()
    {
        var account = await SandboxData.AccountAsync(Harness.Client, "expense");
        var input = new { account_id = account.AccountId, amount = "42.42", date = "2025-06-03", description = "Taxi", is_billable = false };

        var expense = await Harness.OutputAsync("expenses.create", input, "run-e/expense/0");
        var retried = await Harness.OutputAsync("expenses.create", input, "run-e/expense/0");
        var listed = await Harness.OutputAsync("expenses.list", new { date_start = "2025-06-03", date_end = "2025-06-03" });

        OutputShape.ShouldMatch(expense, "expenses.create");
        retried.GetProperty("expense_id").GetString().ShouldBe(expense.GetProperty("expense_id").GetString());
        OutputShape.ShouldMatch(listed, "expenses.list").Count(e => e.GetProperty("expense_id").GetString() == expense.GetProperty("expense_id").GetString()).ShouldBe(1);
        expense.GetProperty("total").GetDecimal().ShouldBe(42.42m);
    }

    [Fact]
    public async Task PurchaseOrder_CreateAndList()
    {
        var vendor = await SandboxData.VendorAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);

        var order = await Harness.OutputAsync("purchase_orders.create", new
        {
            vendor_id = vendor.ContactId,
            delivery_date = "2025-07-01",
            line_items = new[] { new { item_id = item.ItemId, rate = 10m, quantity = 5 } },
        });
        var listed = await Harness.OutputAsync("purchase_orders.list", new { vendor_id = vendor.ContactId });

        OutputShape.ShouldMatch(order, "purchase_orders.create");
        order.GetProperty("delivery_date").GetString().ShouldBe("2025-07-01");
        order.GetProperty("total").GetDecimal().ShouldBe(50m);
        OutputShape.ShouldMatch(listed, "purchase_orders.list").Select(o => o.GetProperty("purchaseorder_id").GetString())
            .ShouldContain(order.GetProperty("purchaseorder_id").GetString());
    }
}
