using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.Tests.ZohoBooks;

public sealed class InvoiceRuleTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    private static readonly string[] HooliRecipients = ["ap@hooli.xyz"];

    [Fact]
    public async Task CreateInvoice_ValidBody_Returns201WithNumberTotalsAndDraftStatus()
    {
        var customer = await CustomerAsync("Initech LLC");
        var tax = (await sandbox.Api.GetAsync("settings/taxes"))["taxes"].AsArray().First(t => t!["tax_name"]!.GetValue<string>() == "Sales Tax")!;

        var response = await sandbox.Api.PostAsync("invoices", new
        {
            customer_id = customer,
            reference_number = "PO-77",
            payment_terms = 15,
            line_items = new object[]
            {
                new { name = "Consulting", rate = 150.00m, quantity = 10, tax_id = tax["tax_id"]!.GetValue<string>() },
                new { name = "Setup", rate = 99.99m, quantity = 1 },
            },
            custom_fields = new[] { new { customfield_id = "46000000012845", value = "X" } },
        });

        response.Status.ShouldBe(HttpStatusCode.Created);
        response.Code.ShouldBe(0);
        response.Message.ShouldBe("The invoice has been created.");
        var invoice = response["invoice"];
        invoice["invoice_number"]!.GetValue<string>().ShouldMatch(@"^INV-\d{6}$");
        invoice["status"]!.GetValue<string>().ShouldBe("draft");
        invoice["sub_total"]!.GetValue<decimal>().ShouldBe(1599.99m);
        invoice["tax_total"]!.GetValue<decimal>().ShouldBe(123.75m);
        invoice["total"]!.GetValue<decimal>().ShouldBe(1723.74m);
        invoice["balance"]!.GetValue<decimal>().ShouldBe(1723.74m);
        invoice["due_date"]!.GetValue<string>().ShouldBe(Day(15));
        invoice["reference_number"]!.GetValue<string>().ShouldBe("PO-77");
        invoice["line_items"]!.AsArray().Count.ShouldBe(2);
        invoice["custom_fields"]![0]!["value"]!.GetValue<string>().ShouldBe("X");
    }

    [Fact]
    public async Task CreateInvoice_Twice_NumbersAreConsecutive()
    {
        var first = await CreateInvoiceAsync(await CustomerAsync("Hooli"), 100m, dueInDays: 10);
        var second = await CreateInvoiceAsync(await CustomerAsync("Hooli"), 100m, dueInDays: 10);

        Number(second["invoice_number"]!).ShouldBe(Number(first["invoice_number"]!) + 1);
    }

    [Fact]
    public async Task CreateInvoice_MissingCustomer_Returns400NamingTheField()
    {
        var response = await sandbox.Api.PostAsync("invoices", new { line_items = new[] { new { name = "X", rate = 1m } } });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Code.ShouldNotBe(0);
        response.Message.ShouldContain("customer_id");
    }

    [Fact]
    public async Task CreateInvoice_NegativeQuantity_Returns400NamingTheField()
    {
        var response = await sandbox.Api.PostAsync("invoices", new { customer_id = await CustomerAsync("Hooli"), line_items = new[] { new { name = "X", rate = 1m, quantity = -2 } } });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Message.ShouldContain("quantity");
    }

    [Fact]
    public async Task InvoiceLifecycle_SentThenPastDueThenPaidInTwoParts_MovesThroughEveryStatus()
    {
        var customer = await CustomerAsync("Pied Piper");
        var id = (await CreateInvoiceAsync(customer, 1000m, dueInDays: 5))["invoice_id"]!.GetValue<string>();

        (await sandbox.Api.PostAsync($"invoices/{id}/status/sent")).Message.ShouldBe("Invoice status has been changed to Sent.");
        (await StatusAsync(id)).ShouldBe("sent");

        sandbox.Clock.Advance(TimeSpan.FromDays(6));
        (await StatusAsync(id)).ShouldBe("overdue");

        var partial = await PayAsync(customer, id, 400m);
        partial.Status.ShouldBe(HttpStatusCode.Created);
        partial["payment"]["invoices"]![0]!["balance_amount"]!.GetValue<decimal>().ShouldBe(600m);
        (await StatusAsync(id)).ShouldBe("partially_paid");

        (await PayAsync(customer, id, 600m)).Status.ShouldBe(HttpStatusCode.Created);
        var paid = (await sandbox.Api.GetAsync($"invoices/{id}"))["invoice"];
        paid["status"]!.GetValue<string>().ShouldBe("paid");
        paid["balance"]!.GetValue<decimal>().ShouldBe(0m);
        paid["payment_made"]!.GetValue<decimal>().ShouldBe(1000m);
    }

    [Fact]
    public async Task RecordPayment_MoreThanInvoiceBalance_IsRejectedAndChangesNothing()
    {
        var customer = await CustomerAsync("Vandelay Industries");
        var id = await SentInvoiceAsync(customer, 250m);

        var response = await PayAsync(customer, id, 250.01m);
        var invoice = (await sandbox.Api.GetAsync($"invoices/{id}"))["invoice"];

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Code.ShouldBe(24016);
        invoice["balance"]!.GetValue<decimal>().ShouldBe(250m);
        (await sandbox.Api.GetAsync("customerpayments", $"customer_id={customer}&reference_number=WIRE-{id}"))["customerpayments"].AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task RecordPayment_AppliedMoreThanPaymentAmount_IsRejected()
    {
        var customer = await CustomerAsync("Vandelay Industries");
        var first = await SentInvoiceAsync(customer, 100m);
        var second = await SentInvoiceAsync(customer, 100m);

        var response = await sandbox.Api.PostAsync("customerpayments", new
        {
            customer_id = customer,
            payment_mode = "banktransfer",
            amount = 150m,
            invoices = new[] { new { invoice_id = first, amount_applied = 100m }, new { invoice_id = second, amount_applied = 100m } },
        });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Code.ShouldBe(24017);
    }

    [Fact]
    public async Task RecordPayment_AcrossTwoInvoicesWithBankCharges_ReducesBothBalances()
    {
        var customer = await CustomerAsync("Dunder Mifflin");
        var first = await SentInvoiceAsync(customer, 300m);
        var second = await SentInvoiceAsync(customer, 200m);

        var response = await sandbox.Api.PostAsync("customerpayments", new
        {
            customer_id = customer,
            payment_mode = "check",
            amount = 500m,
            bank_charges = 2.50m,
            reference_number = "CHK-1001",
            invoices = new[] { new { invoice_id = first, amount_applied = 300m }, new { invoice_id = second, amount_applied = 150m } },
        });

        response.Status.ShouldBe(HttpStatusCode.Created);
        response["payment"]["unused_amount"]!.GetValue<decimal>().ShouldBe(50m);
        response["payment"]["bank_charges"]!.GetValue<decimal>().ShouldBe(2.50m);
        (await StatusAsync(first)).ShouldBe("paid");
        (await StatusAsync(second)).ShouldBe("partially_paid");
    }

    [Fact]
    public async Task VoidInvoice_Unpaid_BecomesVoidWithZeroBalance_AndPaidOneCannotBeVoided()
    {
        var customer = await CustomerAsync("Bluth Company");
        var unpaid = await SentInvoiceAsync(customer, 80m);
        var paid = await SentInvoiceAsync(customer, 80m);
        await PayAsync(customer, paid, 80m);

        var voided = await sandbox.Api.PostAsync($"invoices/{unpaid}/status/void");
        var refused = await sandbox.Api.PostAsync($"invoices/{paid}/status/void");
        var invoice = (await sandbox.Api.GetAsync($"invoices/{unpaid}"))["invoice"];

        voided.Status.ShouldBe(HttpStatusCode.OK);
        invoice["status"]!.GetValue<string>().ShouldBe("void");
        invoice["balance"]!.GetValue<decimal>().ShouldBe(0m);
        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        (await StatusAsync(paid)).ShouldBe("paid");
    }

    [Fact]
    public async Task EmailInvoice_Draft_MarksItSentAndEmailed()
    {
        var id = (await CreateInvoiceAsync(await CustomerAsync("Hooli"), 10m, dueInDays: 3))["invoice_id"]!.GetValue<string>();

        var response = await sandbox.Api.PostAsync($"invoices/{id}/email", new { to_mail_ids = HooliRecipients, subject = "Invoice", body = "Please pay" });
        var invoice = (await sandbox.Api.GetAsync($"invoices/{id}"))["invoice"];

        response.Status.ShouldBe(HttpStatusCode.OK);
        invoice["status"]!.GetValue<string>().ShouldBe("sent");
        invoice["is_emailed"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task UpdateInvoice_TermsAndLines_RecomputesDueDateAndTotal()
    {
        var id = (await CreateInvoiceAsync(await CustomerAsync("Hooli"), 10m, dueInDays: 3))["invoice_id"]!.GetValue<string>();

        var response = await sandbox.Api.PutAsync($"invoices/{id}", new { payment_terms = 30, line_items = new[] { new { name = "Bigger", rate = 75.5m, quantity = 2 } } });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response["invoice"]["total"]!.GetValue<decimal>().ShouldBe(151m);
        response["invoice"]["payment_terms_label"]!.GetValue<string>().ShouldBe("Net 30");
    }

    [Fact]
    public async Task CreateJournal_Unbalanced_IsRejected_Balanced_Returns201()
    {
        var accounts = (await sandbox.Api.GetAsync("chartofaccounts"))["chartofaccounts"].AsArray();
        var rent = accounts.First(a => a!["account_name"]!.GetValue<string>() == "Rent Expense")!["account_id"]!.GetValue<string>();
        var bank = accounts.First(a => a!["account_name"]!.GetValue<string>() == "Business Checking")!["account_id"]!.GetValue<string>();
        object Body(decimal credit) => new
        {
            journal_date = Day(0),
            reference_number = "ADJ-1",
            line_items = new[]
            {
                new { account_id = rent, debit_or_credit = "debit", amount = 500m },
                new { account_id = bank, debit_or_credit = "credit", amount = credit },
            },
        };

        var unbalanced = await sandbox.Api.PostAsync("journals", Body(499.99m));
        var balanced = await sandbox.Api.PostAsync("journals", Body(500m));

        unbalanced.Status.ShouldBe(HttpStatusCode.BadRequest);
        unbalanced.Code.ShouldBe(13004);
        balanced.Status.ShouldBe(HttpStatusCode.Created);
        balanced["journal"]["total"]!.GetValue<decimal>().ShouldBe(500m);
    }

    [Fact]
    public async Task ApplyCreditNote_ToInvoice_ReducesBalance_AndCannotExceedCredit()
    {
        var customer = await CustomerAsync("Sterling Cooper");
        var invoice = await SentInvoiceAsync(customer, 500m);
        var note = await sandbox.Api.PostAsync("creditnotes", new { customer_id = customer, reference_number = "RMA-1", line_items = new[] { new { name = "Refund", rate = 120m } } });
        note.Status.ShouldBe(HttpStatusCode.Created);
        var noteId = note["creditnote"]["creditnote_id"]!.GetValue<string>();
        note["creditnote"]["creditnote_number"]!.GetValue<string>().ShouldMatch(@"^CN-\d{5}$");

        var applied = await sandbox.Api.PostAsync($"creditnotes/{noteId}/invoices", new { invoices = new[] { new { invoice_id = invoice, amount_applied = 100m } } });
        var tooMuch = await sandbox.Api.PostAsync($"creditnotes/{noteId}/invoices", new { invoices = new[] { new { invoice_id = invoice, amount_applied = 20.01m } } });
        var after = (await sandbox.Api.GetAsync($"invoices/{invoice}"))["invoice"];
        var credit = (await sandbox.Api.GetAsync($"creditnotes/{noteId}"))["creditnote"];

        applied.Status.ShouldBe(HttpStatusCode.OK);
        tooMuch.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooMuch.Code.ShouldBe(24017);
        after["balance"]!.GetValue<decimal>().ShouldBe(400m);
        after["credits_applied"]!.GetValue<decimal>().ShouldBe(100m);
        after["status"]!.GetValue<string>().ShouldBe("partially_paid");
        credit["balance"]!.GetValue<decimal>().ShouldBe(20m);
    }

    private string Day(int offset) => sandbox.Clock.Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Number(JsonNode number) => int.Parse(number.GetValue<string>()[4..], CultureInfo.InvariantCulture);

    private async Task<string> CustomerAsync(string name) =>
        (await sandbox.Api.GetAsync("contacts", $"contact_name={Uri.EscapeDataString(name)}"))["contacts"][0]!["contact_id"]!.GetValue<string>();

    private async Task<JsonNode> CreateInvoiceAsync(string customer, decimal amount, int dueInDays)
    {
        var response = await sandbox.Api.PostAsync("invoices", new { customer_id = customer, date = Day(0), due_date = Day(dueInDays), line_items = new[] { new { name = "Work", rate = amount, quantity = 1 } } });
        response.Status.ShouldBe(HttpStatusCode.Created);
        return response["invoice"];
    }

    private async Task<string> SentInvoiceAsync(string customer, decimal amount)
    {
        var id = (await CreateInvoiceAsync(customer, amount, dueInDays: 30))["invoice_id"]!.GetValue<string>();
        (await sandbox.Api.PostAsync($"invoices/{id}/status/sent")).Status.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private Task<ZohoResponse> PayAsync(string customer, string invoice, decimal amount) =>
        sandbox.Api.PostAsync("customerpayments", new
        {
            customer_id = customer,
            payment_mode = "banktransfer",
            amount,
            reference_number = $"WIRE-{invoice}",
            invoices = new[] { new { invoice_id = invoice, amount_applied = amount } },
        });

    private async Task<string> StatusAsync(string invoice) =>
        (await sandbox.Api.GetAsync($"invoices/{invoice}"))["invoice"]["status"]!.GetValue<string>();
}
