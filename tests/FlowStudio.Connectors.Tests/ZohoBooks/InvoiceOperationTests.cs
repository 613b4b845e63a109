using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks;

public sealed class InvoiceOperationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CreateInvoice_WithLinesTermsReferenceAndCustomFields_ComputesDecimalTotals()
    {
        var client = fixture.Harness.Client;
        var customer = await SandboxData.CustomerAsync(client);
        var item = await SandboxData.ItemAsync(client);

        var invoice = await client.CreateInvoiceAsync(
            new ZohoInvoiceInput
            {
                CustomerId = customer.ContactId,
                ReferenceNumber = "PO-77",
                Date = new DateOnly(2025, 6, 1),
                PaymentTerms = 30,
                LineItems = [SandboxData.Line(item, 150.10m, 3), SandboxData.Line(item, 0.20m, 1)],
                CustomFields = [new ZohoCustomField { Label = "Region", Value = System.Text.Json.JsonSerializer.SerializeToElement("EMEA") }],
            },
            cancellationToken: Ct);
        var fetched = await client.GetInvoiceAsync(invoice.InvoiceId, Ct);

        invoice.Status.ShouldBe("draft");
        invoice.SubTotal.ShouldBe(450.50m);
        fetched.DueDate.ShouldBe(new DateOnly(2025, 7, 1));
        fetched.ReferenceNumber.ShouldBe("PO-77");
        fetched.LineItems!.Count.ShouldBe(2);
        fetched.CustomFields!.Single().Label.ShouldBe("Region");
    }

    [Fact]
    public async Task UpdateMarkSentEmailVoid_FollowTheInvoiceLifecycle()
    {
        var client = fixture.Harness.Client;
        var customer = await SandboxData.CustomerAsync(client);
        var item = await SandboxData.ItemAsync(client);
        var invoice = await client.CreateInvoiceAsync(new ZohoInvoiceInput { CustomerId = customer.ContactId, LineItems = [SandboxData.Line(item, 10m, 1)] }, cancellationToken: Ct);

        var updated = await client.UpdateInvoiceAsync(
            invoice.InvoiceId,
            new ZohoInvoiceInput { PaymentTerms = 45, LineItems = [SandboxData.Line(item, 20m, 2)] },
            Ct);
        await client.MarkInvoiceSentAsync(invoice.InvoiceId, Ct);
        var sent = await client.GetInvoiceAsync(invoice.InvoiceId, Ct);
        var emailed = await client.EmailInvoiceAsync(invoice.InvoiceId, new ZohoInvoiceEmail { ToMailIds = ["ap@customer.test"], Subject = "Invoice" }, Ct);
        await client.VoidInvoiceAsync(invoice.InvoiceId, Ct);
        var voided = await client.GetInvoiceAsync(invoice.InvoiceId, Ct);

        updated.Total.ShouldBe(40m);
        updated.PaymentTerms.ShouldBe(45);
        sent.Status.ShouldBe("sent");
        emailed.Message.ShouldNotBeNullOrWhiteSpace();
        voided.Status.ShouldBe("void");
        await Should.ThrowAsync<ZohoBooksBusinessRuleException>(() => client.MarkInvoiceSentAsync(invoice.InvoiceId, Ct));
    }

    [Fact]
    public async Task ListInvoices_ByStatusCustomerAndDates_AppliesEveryFilter()
    {
        var client = fixture.Harness.Client;
        var overdue = await client.ListInvoicesAsync(new ZohoInvoiceFilter { Status = "overdue" }, Ct).ToListAsync(Ct);
        var customerId = overdue[0].CustomerId;
        var forCustomer = await client.ListInvoicesAsync(new ZohoInvoiceFilter { Status = "overdue", CustomerId = customerId }, Ct).ToListAsync(Ct);
        var june = await client.ListInvoicesAsync(new ZohoInvoiceFilter { DateStart = new DateOnly(2025, 6, 1), DateEnd = new DateOnly(2025, 6, 30) }, Ct).ToListAsync(Ct);
        var partiallyPaid = await client.ListInvoicesAsync(new ZohoInvoiceFilter { Status = "partially_paid" }, Ct).ToListAsync(Ct);

        overdue.ShouldNotBeEmpty();
        overdue.ShouldAllBe(i => i.DueDate < new DateOnly(2025, 6, 15) && i.Balance > 0m);
        forCustomer.ShouldAllBe(i => i.CustomerId == customerId);
        june.ShouldAllBe(i => i.Date >= new DateOnly(2025, 6, 1) && i.Date <= new DateOnly(2025, 6, 30));
        partiallyPaid.ShouldAllBe(i => i.Balance > 0m && i.PaymentMade > 0m);
    }

    [Fact]
    public async Task CreateInvoice_SameIdempotencyKeyTwice_CreatesOneInvoiceAndKeepsTheCallerReference()
    {
        var client = fixture.Harness.Client;
        var customer = await SandboxData.CustomerAsync(client);
        var item = await SandboxData.ItemAsync(client);
        var input = new ZohoInvoiceInput { CustomerId = customer.ContactId, ReferenceNumber = "SO-42", LineItems = [SandboxData.Line(item, 99.99m, 1)] };

        var first = await client.CreateInvoiceAsync(input, "run-1/node-invoice/0", cancellationToken: Ct);
        var second = await client.CreateInvoiceAsync(input, "run-1/node-invoice/0", cancellationToken: Ct);
        var other = await client.CreateInvoiceAsync(input, "run-2/node-invoice/0", cancellationToken: Ct);
        var withReference = await client.ListInvoicesAsync(new ZohoInvoiceFilter { CustomerId = customer.ContactId }, Ct)
            .Where(i => i.ReferenceNumber?.StartsWith("SO-42", StringComparison.Ordinal) == true).ToListAsync(Ct);

        second.InvoiceId.ShouldBe(first.InvoiceId);
        other.InvoiceId.ShouldNotBe(first.InvoiceId);
        first.ReferenceNumber.ShouldStartWith("SO-42 FS-");
        withReference.Count.ShouldBe(2);
    }
}
