using FlowStudio.Connectors.Tests.ZohoBooks.Support;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Tests.ZohoBooks.Invocation;

/// <summary>Bad mapped input fails the step permanently, names the field and the problem, and sends nothing.</summary>
public sealed class InputValidationTests(ModuleFixture fixture) : IClassFixture<ModuleFixture>
{
    private ZohoModuleHarness Harness => fixture.Harness;

    [Fact]
    public async Task MissingRequired_NamesEachMissingField()
    {
        var error = await RejectedAsync("invoices.create", new { notes = "no customer, no lines" });

        error.ShouldContain("Invalid input for Create invoice");
        error.ShouldContain("'customer_id' is required");
        error.ShouldContain("'line_items' is required");
    }

    [Theory]
    [InlineData("12,50", "'amount' expected a decimal number")]
    [InlineData("1.250,00", "'amount' expected a decimal number")]
    [InlineData("twelve", "got 'twelve'")]
    public async Task Amount_NotADecimal_IsRejected(string amount, string expected)
    {
        var error = await RejectedAsync("customer_payments.create", new { customer_id = "460000000017138", payment_mode = "cash", amount });

        error.ShouldContain(expected);
    }

    [Fact]
    public async Task WrongTypes_AreNamedWithWhatWasGiven()
    {
        var error = await RejectedAsync("expenses.create", new { account_id = "1", amount = true, is_billable = "maybe", date = 20250601 });

        error.ShouldContain("'amount' expected a decimal number such as 1250.50 (dot as decimal separator, no thousands separators), got the boolean true");
        error.ShouldContain("'is_billable' expected true or false, got 'maybe'");
        error.ShouldContain("'date' expected a date as yyyy-mm-dd, got the number 20250601");
    }

    [Theory]
    [InlineData("31/12/2025")]
    [InlineData("2025-02-30")]
    [InlineData("next friday")]
    public async Task BadDate_IsRejected(string date)
    {
        var error = await RejectedAsync("invoices.list", new { date_start = date });

        error.ShouldContain($"'date_start' expected a date as yyyy-mm-dd, got '{date}'");
    }

    [Fact]
    public async Task LineItemProblems_NameTheLineAndField()
    {
        var error = await RejectedAsync("invoices.create", new
        {
            customer_id = "460000000017138",
            line_items = new object[] { new { item_id = "1", rate = 10m }, new { item_id = "1", rate = "ten", colour = "red" }, "not a line", new { rate = 1m } },
        });

        error.ShouldContain("'line_items[1].rate' expected a decimal number");
        error.ShouldContain("'line_items[1].colour' is not a known field here");
        error.ShouldContain("'line_items[2]' expected an object, got 'not a line'");
        error.ShouldContain("'line_items[3].item_id' is required (or give account_id or name)");
    }

    [Fact]
    public async Task UnknownField_ChoiceOutsideOptions_AndNonNumericId_AreRejected()
    {
        var error = await RejectedAsync("customer_payments.create", new { customer_id = "Acme Ltd", payment_mode = "barter", amount = 5m, customer = "x" });

        error.ShouldContain("'customer' is not a known field here");
        error.ShouldContain("'payment_mode' must be one of check, cash, creditcard, banktransfer, bankremittance, autotransaction, others, got 'barter'");
        error.ShouldContain("'customer_id' expected a Zoho id (digits only), got 'Acme Ltd'");
    }

    [Theory]
    [InlineData(0, "'limit' must be at least 1")]
    [InlineData(1001, "'limit' must be at most 1000")]
    public async Task Limit_OutOfRange_IsRejected(int limit, string expected)
    {
        var error = await RejectedAsync("invoices.list", new { limit });

        error.ShouldContain(expected);
    }

    [Fact]
    public async Task NonWholeNumbers_AndEmptyRequiredList_AreRejected()
    {
        var error = await RejectedAsync("invoices.create", new { customer_id = "1", payment_terms = 1.5m, line_items = Array.Empty<object>() });

        error.ShouldContain("'payment_terms' expected a whole number, got 1.5");
        error.ShouldContain("'line_items' needs at least one entry");
    }

    [Fact]
    public async Task JournalLine_WithoutSide_IsRejected()
    {
        var error = await RejectedAsync("journals.create", new { line_items = new[] { new { account_id = "1", debit_or_credit = "both", amount = 1m } } });

        error.ShouldContain("'line_items[0].debit_or_credit' must be debit or credit, got 'both'");
    }

    [Fact]
    public async Task InputNotAnObject_IsRejected()
    {
        var error = await RejectedAsync("invoices.get", new List<string> { "1" });

        error.ShouldContain("'input' must be an object of field → value, got a list");
    }

    [Fact]
    public async Task NullsAndEmptyText_CountAsNotGiven()
    {
        var error = await RejectedAsync("invoices.get", new { invoice_id = "  " });

        error.ShouldContain("'invoice_id' is required");
    }

    /// <summary>The call fails permanently with code zoho.input and makes no request at all, not even for a token.</summary>
    private async Task<string> RejectedAsync(string operation, object input)
    {
        var before = Harness.Calls.Count;

        CallResult result = await Harness.InvokeAsync(operation, input);

        Harness.Calls.Count.ShouldBe(before, "nothing may be sent for an invalid input");
        var failure = result.Failure.ShouldNotBeNull();
        failure.IsTransient.ShouldBeFalse();
        failure.Code.ShouldBe("zoho.input");
        return failure.Message;
    }
}
