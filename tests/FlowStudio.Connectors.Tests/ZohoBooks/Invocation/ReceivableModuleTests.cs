using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Payments, sales receipts, estimates, sales orders and credit notes through the module against the sandbox.</summary>
public sealed class ReceivableModuleTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task CustomerPayment_AppliedAsTextAmounts_PaysExactlyAndIsIdempotent()
    {
        var (customer, first, second) = await TwoSentInvoicesAsync(100.10m, 50.20m);
        var input = new
        {
            customer_id = customer,
            payment_mode = "banktransfer",
            amount = "150.30",
            date = "2025-06-05",
            reference_number = "WIRE-1",
            invoices = new object[] { new { invoice_id = first, amount_applied = 100.1m }, new { invoice_id = second, amount_applied = "50.2" } },
        };

        var payment = await Harness.OutputAsync("customer_payments.create", input, "run-cp/pay/0");
        var retried = await Harness.OutputAsync("customer_payments.create", input, "run-cp/pay/0");
        var listed = await Harness.OutputAsync("customer_payments.list", new { customer_id = customer });

        OutputShape.ShouldMatch(payment, "customer_payments.create");
        payment.GetProperty("amount").GetDecimal().ShouldBe(150.30m);
        retried.GetProperty("payment_id").GetString().ShouldBe(payment.GetProperty("payment_id").GetString());
        OutputShape.ShouldMatch(listed, "customer_payments.list").Count.ShouldBe(1);
        (await Harness.Client.GetInvoiceAsync(first, Ct)).Status.ShouldBe("paid");
        (await Harness.Client.GetInvoiceAsync(second, Ct)).Balance.ShouldBe(0m);
    }

    [Fact]
    public async Task SalesReceipt_Create_TotalsTheLines()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);

        var receipt = await Harness.OutputAsync("sales_receipts.create", new
        {
            customer_id = customer.ContactId,
            payment_mode = "cash",
            date = "2025-06-02",
            line_items = new[] { new { item_id = item.ItemId, rate = "19.99", quantity = 3 } },
        });

        OutputShape.ShouldMatch(receipt, "sales_receipts.create");
        receipt.GetProperty("total").GetDecimal().ShouldBe(59.97m);
    }

    [Fact]
    public async Task EstimatesAndSalesOrders_ListAndGet()
    {
        var estimates = await Harness.OutputAsync("estimates.list", new { limit = 5 });
        var orders = await Harness.OutputAsync("sales_orders.list", new { limit = 5 });
        var estimateId = OutputShape.ShouldMatch(estimates, "estimates.list")[0].GetProperty("estimate_id").GetString();
        var orderId = OutputShape.ShouldMatch(orders, "sales_orders.list")[0].GetProperty("salesorder_id").GetString();

        var estimate = await Harness.OutputAsync("estimates.get", new { estimate_id = estimateId });
        var order = await Harness.OutputAsync("sales_orders.get", new { salesorder_id = orderId });

        OutputShape.ShouldMatch(estimate, "estimates.get");
        OutputShape.ShouldMatch(order, "sales_orders.get");
        estimate.GetProperty("estimate_id").GetString().ShouldBe(estimateId);
        order.GetProperty("salesorder_id").GetString().ShouldBe(orderId);
    }

    [Fact]
    public async Task CreditNote_CreateAndApply_ReducesTheInvoiceAndRefusesOverApplying()
    {
        var (customer, invoice, _) = await TwoSentInvoicesAsync(60m, 10m);
        var item = await SandboxData.ItemAsync(Harness.Client);

        var note = await Harness.OutputAsync("credit_notes.create", new { customer_id = customer, line_items = new[] { new { item_id = item.ItemId, rate = 25m, quantity = 1 } } });
        var noteId = note.GetProperty("creditnote_id").GetString();
        var applied = await Harness.OutputAsync("credit_notes.apply", new { creditnote_id = noteId, invoices = new[] { new { invoice_id = invoice, amount_applied = 20m } } });
        var overApplied = await Harness.InvokeAsync("credit_notes.apply", new { creditnote_id = noteId, invoices = new[] { new { invoice_id = invoice, amount_applied = 10m } } });

        OutputShape.ShouldMatch(note, "credit_notes.create");
        OutputShape.ShouldMatch(applied, "credit_notes.apply").Single().GetProperty("amount_applied").GetDecimal().ShouldBe(20m);
        (await Harness.Client.GetInvoiceAsync(invoice, Ct)).Balance.ShouldBe(40m);
        overApplied.Failure.ShouldNotBeNull().IsTransient.ShouldBeFalse();
        overApplied.Failure.Code.ShouldBeOneOf("zoho.24016", "zoho.24017");
    }

    private async Task<(string Customer, string First, string Second)> TwoSentInvoicesAsync(decimal firstAmount, decimal secondAmount)
    {
        var client = Harness.Client;
        var customer = await client.CreateContactAsync(new ZohoContactInput { ContactName = "Payer " + Guid.NewGuid().ToString("N")[..8], ContactType = "customer" }, cancellationToken: Ct);
        var item = await SandboxData.ItemAsync(client);
        var first = await client.CreateInvoiceAsync(new ZohoInvoiceInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, firstAmount, 1)] }, send: true, cancellationToken: Ct);
        var second = await client.CreateInvoiceAsync(new ZohoInvoiceInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, secondAmount, 1)] }, send: true, cancellationToken: Ct);
        return (customer.ContactId, first.InvoiceId, second.InvoiceId);
    }
}
