using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Connectors.ZohoBooks.Http;
using FlowStudio.Connectors.ZohoBooks.Models;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Invoice operations through <c>ZohoBooksModule.InvokeAsync</c> against the sandbox.</summary>
public sealed class InvoiceModuleTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task Create_TenthsAndFifthsAsNumbersAndText_AddUpExactlyInDecimal()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);

        var output = await Harness.OutputAsync("invoices.create", new
        {
            customer_id = customer.ContactId,
            date = "2025-06-01",
            payment_terms = "30",
            reference_number = "PO-0.3",
            line_items = new object[]
            {
                new { item_id = item.ItemId, name = "Tenth", rate = 0.1m, quantity = 1 },
                new { item_id = item.ItemId, name = "Fifth", rate = "0.2", quantity = "1" },
            },
            custom_fields = new[] { new { label = "Region", value = "EMEA" } },
        });

        OutputShape.ShouldMatch(output, "invoices.create");
        output.GetProperty("sub_total").GetDecimal().ShouldBe(0.3m);
        output.GetProperty("total").GetRawText().ShouldBe("0.3");
        output.GetProperty("due_date").GetString().ShouldBe("2025-07-01");
        output.GetProperty("status").GetString().ShouldBe("draft");
        output.GetProperty("reference_number").GetString()!.ShouldStartWith("PO-0.3 FS-");
        var stored = await Harness.Client.GetInvoiceAsync(output.GetProperty("invoice_id").GetString()!, Ct);
        stored.LineItems!.Select(l => l.Rate).ShouldBe([0.1m, 0.2m]);
        stored.CustomFields!.Single().Label.ShouldBe("Region");
    }

    [Fact]
    public async Task Create_TwiceWithOneIdempotencyKey_LeavesExactlyOneInvoice()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);
        var input = new { customer_id = customer.ContactId, line_items = new[] { new { item_id = item.ItemId, rate = 99.99m, quantity = 2 } } };
        var key = $"{Guid.NewGuid()}/create-invoice/0";

        var first = await Harness.OutputAsync("invoices.create", input, key);
        var retried = await Harness.OutputAsync("invoices.create", input, key);

        retried.GetProperty("invoice_id").GetString().ShouldBe(first.GetProperty("invoice_id").GetString());
        var marker = ZohoIdempotency.Marker(key);
        var withMarker = await Harness.Client.ListInvoicesAsync(new ZohoInvoiceFilter { CustomerId = customer.ContactId }, Ct)
            .Where(i => i.ReferenceNumber is not null && i.ReferenceNumber.EndsWith(marker, StringComparison.Ordinal))
            .ToListAsync(Ct);
        withMarker.Count.ShouldBe(1);
        withMarker[0].Total.ShouldBe(199.98m);
    }

    [Fact]
    public async Task Create_WithSend_IsSentAndDifferentKeysMakeDifferentInvoices()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var item = await SandboxData.ItemAsync(Harness.Client);
        var input = new { customer_id = customer.ContactId, send = "true", line_items = new[] { new { item_id = item.ItemId, rate = 5m, quantity = 1 } } };

        var first = await Harness.OutputAsync("invoices.create", input, "run-a/node/0");
        var second = await Harness.OutputAsync("invoices.create", input, "run-b/node/0");

        first.GetProperty("status").GetString().ShouldBe("sent");
        second.GetProperty("invoice_id").GetString().ShouldNotBe(first.GetProperty("invoice_id").GetString());
    }

    [Fact]
    public async Task GetUpdateMarkSentEmailVoid_FollowTheLifecycle()
    {
        var invoice = await NewInvoiceAsync();

        var fetched = await Harness.OutputAsync("invoices.get", new { invoice_id = invoice });
        var updated = await Harness.OutputAsync("invoices.update", new { invoice_id = invoice, payment_terms = 45, notes = "Thanks" });
        var sent = await Harness.OutputAsync("invoices.mark_sent", new { invoice_id = invoice });
        var emailed = await Harness.OutputAsync("invoices.email", new { invoice_id = invoice, to_mail_ids = "ap@customer.test; ar@customer.test", subject = "Your invoice" });
        var voided = await Harness.OutputAsync("invoices.void", new { invoice_id = invoice });

        OutputShape.ShouldMatch(fetched, "invoices.get");
        OutputShape.ShouldMatch(updated, "invoices.update");
        OutputShape.ShouldMatch(sent, "invoices.mark_sent");
        OutputShape.ShouldMatch(emailed, "invoices.email");
        OutputShape.ShouldMatch(voided, "invoices.void");
        fetched.GetProperty("line_items").GetArrayLength().ShouldBe(1);
        updated.GetProperty("notes").GetString().ShouldBe("Thanks");
        sent.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        (await Harness.Client.GetInvoiceAsync(invoice, Ct)).Status.ShouldBe("void");
    }

    [Fact]
    public async Task List_WithLimit_ReturnsThatManyAndSaysThereIsMore()
    {
        var output = await Harness.OutputAsync("invoices.list", new { limit = 7 });

        var records = OutputShape.ShouldMatch(output, "invoices.list");
        records.Count.ShouldBe(7);
        output.GetProperty("has_more").GetBoolean().ShouldBeTrue();
        var stream = output.GetProperty("stream");
        stream.GetProperty("$stream").GetString().ShouldBe("connector");
        stream.GetProperty("connection").GetString().ShouldBe(ZohoModuleHarness.ConnectionId);
        stream.GetProperty("operation").GetString().ShouldBe("zoho-books.invoices.list");
        stream.GetProperty("input").TryGetProperty("limit", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task List_FilteredByCustomerAndStatus_ReturnsOnlyThoseWithoutMore()
    {
        var customer = await SandboxData.CustomerAsync(Harness.Client);
        var invoice = await NewInvoiceAsync(customer.ContactId);

        var output = await Harness.OutputAsync("invoices.list", new { customer_id = customer.ContactId, status = "draft", limit = 1000 });

        var records = OutputShape.ShouldMatch(output, "invoices.list");
        records.ShouldAllBe(r => r.GetProperty("customer_id").GetString() == customer.ContactId && r.GetProperty("status").GetString() == "draft");
        records.Select(r => r.GetProperty("invoice_id").GetString()).ShouldContain(invoice);
        output.GetProperty("has_more").GetBoolean().ShouldBeFalse();
        output.GetProperty("stream").GetProperty("input").GetProperty("customer_id").GetString().ShouldBe(customer.ContactId);
    }

    private async Task<string> NewInvoiceAsync(string? customerId = null)
    {
        customerId ??= (await SandboxData.CustomerAsync(Harness.Client)).ContactId;
        var item = await SandboxData.ItemAsync(Harness.Client);
        var created = await Harness.OutputAsync("invoices.create", new { customer_id = customerId, line_items = new[] { new { item_id = item.ItemId, rate = 12.5m, quantity = 2 } } });
        return created.GetProperty("invoice_id").GetString()!;
    }
}
