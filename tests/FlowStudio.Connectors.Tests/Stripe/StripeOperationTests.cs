using System.Text.Json;
using FlowStudio.Connectors.Stripe;
using FlowStudio.Engine.Contracts;

namespace FlowStudio.Connectors.Tests.Stripe;

/// <summary>Contract tests: every Stripe operation through the real module and client against the Stripe sandbox.</summary>
public sealed class StripeOperationTests(StripeFixture fixture) : IClassFixture<StripeFixture>
{
    private Task<CallResult> Invoke(string operation, object input, string? key = null) =>
        fixture.Harness.InvokeAsync(StripeFixture.Connection(), "stripe." + operation, input, key);

    private static JsonElement Output(CallResult result)
    {
        result.Failure.ShouldBeNull();
        return result.Output!.Value;
    }

    [Fact]
    public async Task CreateCustomer_ThenGet_ReturnsTheSameCustomerWithMetadata()
    {
        var created = Output(await Invoke(StripeOperations.CreateCustomer, new { email = "jane@acme.example", name = "Acme Ltd", metadata = new { zoho_contact = "460000000012345" } }));

        created.GetProperty("id").GetString()!.ShouldStartWith("cus_");
        var fetched = Output(await Invoke(StripeOperations.GetCustomer, new { id = created.GetProperty("id").GetString() }));
        fetched.GetProperty("email").GetString().ShouldBe("jane@acme.example");
        fetched.GetProperty("name").GetString().ShouldBe("Acme Ltd");
        fetched.GetProperty("metadata").GetProperty("zoho_contact").GetString().ShouldBe("460000000012345");
    }

    [Fact]
    public async Task ListCustomers_AcrossPagesOfTwo_ReturnsEverySeededCustomerOnce()
    {
        var list = Output(await Invoke(StripeOperations.ListCustomers, new { max_items = 500 }));

        var ids = list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        ids.Count.ShouldBeGreaterThanOrEqualTo(6);
        ids.Distinct().Count().ShouldBe(ids.Count);
        list.GetProperty("truncated").GetBoolean().ShouldBeFalse();
        fixture.Harness.Calls.Count(c => c.Uri.AbsolutePath.EndsWith("/v1/customers", StringComparison.Ordinal) && c.Uri.Query.Contains("limit=2", StringComparison.Ordinal))
            .ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task ListCustomers_ByEmail_FiltersAndMaxItemsTruncates()
    {
        var one = Output(await Invoke(StripeOperations.ListCustomers, new { email = "ap@contoso.example" }));
        one.GetProperty("items").EnumerateArray().Single().GetProperty("name").GetString().ShouldBe("Contoso Pharmaceuticals");

        var capped = Output(await Invoke(StripeOperations.ListCustomers, new { max_items = 3 }));
        capped.GetProperty("count").GetInt32().ShouldBe(3);
        capped.GetProperty("truncated").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task CreatePaymentIntent_ConfirmedWithTestCard_SucceedsWithAChargeInDecimalAmounts()
    {
        var customer = Output(await Invoke(StripeOperations.CreateCustomer, new { email = "pay@acme.example" })).GetProperty("id").GetString();

        var intent = Output(await Invoke(StripeOperations.CreatePaymentIntent, new
        {
            amount = 1234.56m, currency = "USD", customer, payment_method = "pm_card_visa", confirm = true, metadata = new { invoice_number = "INV-000123" },
        }));

        intent.GetProperty("status").GetString().ShouldBe("succeeded");
        intent.GetProperty("amount").GetDecimal().ShouldBe(1234.56m);
        intent.GetProperty("amount_received").GetDecimal().ShouldBe(1234.56m);
        intent.GetProperty("currency").GetString().ShouldBe("usd");
        var charge = Output(await Invoke(StripeOperations.GetCharge, new { id = intent.GetProperty("latest_charge").GetString() }));
        charge.GetProperty("payment_intent").GetString().ShouldBe(intent.GetProperty("id").GetString());
        charge.GetProperty("amount_captured").GetDecimal().ShouldBe(1234.56m);
        charge.GetProperty("card_last4").GetString().ShouldBe("4242");
        charge.GetProperty("metadata").GetProperty("invoice_number").GetString().ShouldBe("INV-000123");

        var charges = Output(await Invoke(StripeOperations.ListCharges, new { payment_intent = intent.GetProperty("id").GetString() }));
        charges.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe(charge.GetProperty("id").GetString());
        var intents = Output(await Invoke(StripeOperations.ListPaymentIntents, new { customer }));
        intents.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetString().ShouldBe(intent.GetProperty("id").GetString());
        var fetched = Output(await Invoke(StripeOperations.GetPaymentIntent, new { id = intent.GetProperty("id").GetString() }));
        fetched.GetProperty("status").GetString().ShouldBe("succeeded");
    }

    [Fact]
    public async Task CreatePaymentIntent_ZeroDecimalCurrency_SendsWholeYen()
    {
        var intent = Output(await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 5000, currency = "jpy" }));

        intent.GetProperty("amount").GetDecimal().ShouldBe(5000m);
        intent.GetProperty("status").GetString().ShouldBe("requires_payment_method");
        fixture.Harness.Calls.ShouldContain(c => c.Uri.AbsolutePath.EndsWith("/v1/payment_intents", StringComparison.Ordinal) && c.Method == "POST");
    }

    [Fact]
    public async Task CreatePaymentIntent_RetriedWithTheSameStepKey_ReplaysTheFirstIntent()
    {
        var key = "run-1:node-7:0:" + Guid.NewGuid().ToString("N");
        var first = Output(await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 99.99m, currency = "eur" }, key));
        var second = Output(await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 99.99m, currency = "eur" }, key));

        second.GetProperty("id").GetString().ShouldBe(first.GetProperty("id").GetString());
    }

    [Fact]
    public async Task CreatePaymentIntent_SameKeyOtherAmount_FailsPermanentlyWithIdempotencyError()
    {
        var key = Guid.NewGuid().ToString("N");
        Output(await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 10m, currency = "usd" }, key));

        var result = await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 11m, currency = "usd" }, key);

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("stripe.idempotency_error");
    }

    [Fact]
    public async Task CreatePaymentIntent_DeclinedCard_FailsPermanentlyWithCardDeclined()
    {
        var result = await Invoke(StripeOperations.CreatePaymentIntent, new { amount = 20m, currency = "usd", payment_method = "pm_card_chargeDeclined", confirm = true });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("stripe.card_declined");
        result.Failure.Message.ShouldContain("declined");
    }

    [Theory]
    [InlineData(12.345, "usd")]
    [InlineData(-5, "usd")]
    [InlineData(10.5, "jpy")]
    public async Task CreatePaymentIntent_AmountTheCurrencyCannotHold_FailsAsInputErrorWithoutCallingStripe(double amount, string currency)
    {
        var before = fixture.Harness.Calls.Count;

        var result = await Invoke(StripeOperations.CreatePaymentIntent, new { amount = (decimal)amount, currency });

        result.Failure!.Code.ShouldBe("input.invalid");
        result.Failure.Message.ShouldContain("'amount'");
        fixture.Harness.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task GetPaymentIntent_Unknown_FailsPermanentlyWithResourceMissing()
    {
        var result = await Invoke(StripeOperations.GetPaymentIntent, new { id = "pi_doesnotexist" });

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("stripe.resource_missing");
        result.Failure.Message.ShouldContain("No such payment_intent: 'pi_doesnotexist'");
    }

    [Fact]
    public async Task Events_ListByTypeAndGet_ReturnPaymentIntentSucceededWithItsObject()
    {
        var list = Output(await Invoke(StripeOperations.ListEvents, new { type = "payment_intent.succeeded", max_items = 3 }));
        var first = list.GetProperty("items").EnumerateArray().First();
        first.GetProperty("type").GetString().ShouldBe("payment_intent.succeeded");

        var evt = Output(await Invoke(StripeOperations.GetEvent, new { id = first.GetProperty("id").GetString() }));
        evt.GetProperty("object").GetProperty("object").GetString().ShouldBe("payment_intent");
        evt.GetProperty("object").GetProperty("status").GetString().ShouldBe("succeeded");
    }

    [Fact]
    public async Task Test_WithDemoKey_Succeeds_AndWithWrongKey_Fails()
    {
        var module = fixture.Harness.Module(StripeOperations.Connector);

        (await module.TestAsync(StripeFixture.Connection(), TestContext.Current.CancellationToken)).Succeeded.ShouldBeTrue();
        var wrong = await module.TestAsync(StripeFixture.Connection("sk_test_wrongwrongwrongwrong"), TestContext.Current.CancellationToken);
        wrong.Succeeded.ShouldBeFalse();
        wrong.Message.ShouldContain("refused");
    }
}
