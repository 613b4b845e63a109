using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class ReceivableOperationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CustomerPayment_AgainstTwoInvoices_ReducesBalancesAndIsListed()
    {
        var client = fixture.Harness.Client;
        var (customer, first, second) = await TwoSentInvoicesAsync(100m, 50m);

        var payment = await client.CreateCustomerPaymentAsync(
            new ZohoCustomerPaymentInput
            {
                CustomerId = customer.ContactId,
                PaymentMode = "banktransfer",
                Amount = 130.25m,
                BankCharges = 1.50m,
                ReferenceNumber = "WIRE-1",
                Invoices = [new ZohoAppliedInvoice { InvoiceId = first.InvoiceId, AmountApplied = 100m }, new ZohoAppliedInvoice { InvoiceId = second.InvoiceId, AmountApplied = 30.25m }],
            },
            cancellationToken: Ct);
        var paid = await client.GetInvoiceAsync(first.InvoiceId, Ct);
        var partial = await client.GetInvoiceAsync(second.InvoiceId, Ct);
        var listed = await client.ListCustomerPaymentsAsync(new ZohoListFilter { CustomerId = customer.ContactId }, Ct).ToListAsync(Ct);

        payment.Amount.ShouldBe(130.25m);
        payment.BankCharges.ShouldBe(1.50m);
        paid.Status.ShouldBe("paid");
        partial.Status.ShouldBe("partially_paid");
        partial.Balance.ShouldBe(19.75m);
        listed.Select(p => p.PaymentId).ShouldContain(payment.PaymentId);
    }

    [Fact]
    public async Task CustomerPayment_SameIdempotencyKeyTwice_RecordsOnePayment()
    {
        var client = fixture.Harness.Client;
        var (customer, invoice, _) = await TwoSentInvoicesAsync(80m, 10m);
        var input = new ZohoCustomerPaymentInput
        {
            CustomerId = customer.ContactId,
            PaymentMode = "cash",
            Amount = 40m,
            Invoices = [new ZohoAppliedInvoice { InvoiceId = invoice.InvoiceId, AmountApplied = 40m }],
        };

        var first = await client.CreateCustomerPaymentAsync(input, "run-3/pay/0", Ct);
        var second = await client.CreateCustomerPaymentAsync(input, "run-3/pay/0", Ct);
        var balance = (await client.GetInvoiceAsync(invoice.InvoiceId, Ct)).Balance;

        second.PaymentId.ShouldBe(first.PaymentId);
        balance.ShouldBe(40m);
    }

    [Fact]
    public async Task SalesReceipt_Create_IsPaidAndIdempotent()
    {
        var client = fixture.Harness.Client;
        var customer = await SandboxData.CustomerAsync(client);
        var item = await SandboxData.ItemAsync(client);
        var input = new ZohoTransactionInput { CustomerId = customer.ContactId, PaymentMode = "cash", LineItems = [SandboxData.Line(item, 12.34m, 2)] };

        var receipt = await client.CreateSalesReceiptAsync(input, "run-4/receipt/0", Ct);
        var again = await client.CreateSalesReceiptAsync(input, "run-4/receipt/0", Ct);

        receipt.Total.ShouldBeGreaterThanOrEqualTo(24.68m);
        receipt.Status.ShouldBe("paid");
        again.SalesReceiptId.ShouldBe(receipt.SalesReceiptId);
    }

    [Fact]
    public async Task EstimatesAndSalesOrders_ListAndGet_ReturnSeededDocuments()
    {
        var client = fixture.Harness.Client;
        var estimates = await client.ListEstimatesAsync(cancellationToken: Ct).ToListAsync(Ct);
        var orders = await client.ListSalesOrdersAsync(cancellationToken: Ct).ToListAsync(Ct);

        estimates.ShouldNotBeEmpty();
        orders.ShouldNotBeEmpty();
        (await client.GetEstimateAsync(estimates[0].EstimateId, Ct)).LineItems.ShouldNotBeNull();
        (await client.GetSalesOrderAsync(orders[0].SalesorderId, Ct)).LineItems.ShouldNotBeNull();
        var filtered = await client.ListEstimatesAsync(new ZohoListFilter { CustomerId = estimates[0].CustomerId }, Ct).ToListAsync(Ct);
        filtered.ShouldAllBe(e => e.CustomerId == estimates[0].CustomerId);
    }

    [Fact]
    public async Task CreditNote_CreateAndApply_ReducesInvoiceBalanceAndRefusesOverApplication()
    {
        var client = fixture.Harness.Client;
        var (customer, invoice, _) = await TwoSentInvoicesAsync(60m, 10m);
        var item = await SandboxData.ItemAsync(client);
        var note = await client.CreateCreditNoteAsync(new ZohoTransactionInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, 25m, 1)] }, "run-5/cn/0", Ct);
        var again = await client.CreateCreditNoteAsync(new ZohoTransactionInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, 25m, 1)] }, "run-5/cn/0", Ct);

        var applied = await client.ApplyCreditNoteAsync(note.CreditnoteId, [new ZohoAppliedInvoice { InvoiceId = invoice.InvoiceId, AmountApplied = 20m }], Ct);
        var overApply = () => client.ApplyCreditNoteAsync(note.CreditnoteId, [new ZohoAppliedInvoice { InvoiceId = invoice.InvoiceId, AmountApplied = 10m }], Ct);

        again.CreditnoteId.ShouldBe(note.CreditnoteId);
        note.Total.ShouldBe(25m);
        applied.Single().BalanceAmount.ShouldBe(40m);
        (await client.GetCreditNoteAsync(note.CreditnoteId, Ct)).Balance.ShouldBe(5m);
        var error = await Should.ThrowAsync<ZohoBooksBusinessRuleException>(overApply);
        error.Code.ShouldBeOneOf(ZohoErrorCodes.AmountExceedsBalance, ZohoErrorCodes.AmountExceedsPayment);
    }

    private async Task<(ZohoContact Customer, ZohoInvoice First, ZohoInvoice Second)> TwoSentInvoicesAsync(decimal firstAmount, decimal secondAmount)
    {
        var client = fixture.Harness.Client;
        var customer = await client.CreateContactAsync(new ZohoContactInput { ContactName = "Payer " + Guid.NewGuid().ToString("N")[..8], ContactType = "customer" }, cancellationToken: Ct);
        var item = await SandboxData.ItemAsync(client);
        var first = await client.CreateInvoiceAsync(new ZohoInvoiceInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, firstAmount, 1)] }, send: true, cancellationToken: Ct);
        var second = await client.CreateInvoiceAsync(new ZohoInvoiceInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, secondAmount, 1)] }, send: true, cancellationToken: Ct);
        return (customer, first, second);
    }
}
