namespace FlowStudio.Core.Tests.Expressions;

public class ExpressionFunctionTests : ExpressionTestBase
{
    [Theory]
    [InlineData("ROUND(2.5)", "3")]
    [InlineData("ROUND(-2.5)", "-3")]
    [InlineData("ROUND(1.005, 2)", "1.01")]
    [InlineData("ROUND(-1.005, 2)", "-1.01")]
    [InlineData("ROUND(2.4)", "2")]
    [InlineData("ROUND(1234.5678, 3)", "1234.568")]
    [InlineData("round([trigger.body.data.object.amount] / 100, 1)", "20.0")]
    public void Round_Midpoints_GoAwayFromZero(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ABS(-12.50)", "12.50")]
    [InlineData("SUM(1, 2.5, [trigger.body.lines.*.qty])", "11.5")]
    [InlineData("SUM([trigger.body.lines], 'price')", "20.29")]
    [InlineData("COUNT([trigger.body.lines])", "3")]
    [InlineData("COUNT([steps.find_invoice.output.tags], 'x', null)", "3")]
    [InlineData("MIN([trigger.body.lines.*.price], 5)", "0.1")]
    [InlineData("MAX([trigger.body.lines.*.price], 5)", "19.99")]
    public void MathFunctions_Arrays_GiveExpectedResult(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Theory]
    [InlineData("IF([trigger.body.paid], 'yes', 'no')", "yes")]
    [InlineData("IF(1 > 2, 'yes')", "")]
    [InlineData("AND(true, 1 < 2, [trigger.body.paid])", "true")]
    [InlineData("AND(true, false)", "false")]
    [InlineData("OR(false, 1 = 1)", "true")]
    [InlineData("OR(false, false)", "false")]
    [InlineData("NOT(false)", "true")]
    [InlineData("COALESCE([trigger.body.nothing], '', 'fallback')", "fallback")]
    [InlineData("COALESCE([trigger.body.id], 'fallback')", "evt_1")]
    public void LogicFunctions_GiveExpectedResult(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Fact]
    public void LogicFunctions_ShortCircuit_SkipUnneededArguments()
    {
        Eval("IF(true, 1, 1 / 0)").ShouldBe(1m);
        Eval("AND(false, 1 / 0 > 0)").ShouldBe(false);
        Eval("OR(true, 1 / 0 > 0)").ShouldBe(true);
        Eval("COALESCE('x', 1 / 0)").ShouldBe("x");
    }

    [Theory]
    [InlineData("CONCAT('INV-', 7, '-', true, null)", "INV-7-true")]
    [InlineData("UPPER('abc')", "ABC")]
    [InlineData("LOWER('ÄBC')", "äbc")]
    [InlineData("TRIM([trigger.body.name])", "Acme Ltd")]
    [InlineData("LEFT('INV-0042', 3)", "INV")]
    [InlineData("RIGHT('INV-0042', 4)", "0042")]
    [InlineData("LEFT('ab', 10)", "ab")]
    [InlineData("CONTAINS('Acme Ltd', 'acme')", "true")]
    [InlineData("CONTAINS([steps.find_invoice.output.tags], 'eu')", "true")]
    [InlineData("CONTAINS([steps.find_invoice.output.tags], 'us')", "false")]
    [InlineData("CONTAINS([trigger.body.lines.*.qty], 5)", "true")]
    public void TextFunctions_GiveExpectedResult(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Theory]
    [InlineData("DATE('2025-02-28')", "2025-02-28")]
    [InlineData("DATE(2024, 2, 29)", "2024-02-29")]
    [InlineData("DATE('2025-03-01T23:30:00-05:00')", "2025-03-01")]
    [InlineData("DATE([trigger.body.data.object.created])", "2024-01-01")]
    [InlineData("TODAY()", "2025-03-14")]
    [InlineData("ADDDAYS('2025-02-27', 2)", "2025-03-01")]
    [InlineData("ADDDAYS(DATE(2025, 1, 1), -1)", "2024-12-31")]
    [InlineData("DAYSBETWEEN([trigger.body.due_date], TODAY())", "41")]
    [InlineData("DAYSBETWEEN('2025-03-10', '2025-03-01')", "-9")]
    [InlineData("FORMATDATE(TODAY(), 'dd/MM/yyyy')", "14/03/2025")]
    [InlineData("DATE('2025-01-31') < DATE('2025-02-01')", "true")]
    [InlineData("TODAY() = '2025-03-14'", "true")]
    public void DateFunctions_GiveExpectedResult(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Fact]
    public void Today_TimeZoneAhead_UsesLocalDate()
    {
        var engine = new Core.Expressions.ExpressionEngine(
            new TestSupport.ManualTimeProvider(Now),
            new Core.Expressions.ExpressionSettings { TimeZone = TimeZoneInfo.CreateCustomTimeZone("Plus3", TimeSpan.FromHours(3), "Plus3", "Plus3") });

        engine.Evaluate("TODAY()", Scope, cancellationToken: TestContext.Current.CancellationToken).ShouldBe(new DateOnly(2025, 3, 15));
    }

    [Theory]
    [InlineData("DATE(2025, 2, 30)", "has no day 30")]
    [InlineData("DATE('next tuesday')", "must be a date")]
    [InlineData("FORMATDATE(TODAY(), '')", "format")]
    [InlineData("ADDDAYS(TODAY(), 1.5)", "whole number")]
    [InlineData("ROUND(1.5, 29)", "from 0 to 28")]
    [InlineData("MAX([trigger.body.nothing])", "no numbers")]
    [InlineData("IF('yes', 1, 2)", "true or false")]
    [InlineData("SUM([trigger.body.lines.*.sku])", "must be a number")]
    public void Functions_BadArguments_ExplainCause(string expression, string cause)
    {
        Fails(expression).Cause.ShouldContain(cause);
    }

    [Theory]
    [InlineData("LOOKUP('payment_modes', 'card')", "Credit Card")]
    [InlineData("LOOKUP('PAYMENT_MODES', 'ACH_DEBIT')", "Bank Transfer")]
    [InlineData("LOOKUP('payment_modes', 'wire', 'Cash')", "Cash")]
    [InlineData("LOOKUP('taxes', 'VAT 20%')", "T-20")]
    [InlineData("LOOKUP('taxes.rate', 'VAT 20%')", "0.20")]
    [InlineData("LOOKUP('taxes', 'Zero')", "none")]
    [InlineData("LOOKUP('taxes.rate', 'VAT 20%') * 100", "20.00")]
    public void Lookup_Tables_ResolveKeysColumnsAndDefaults(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Theory]
    [InlineData("LOOKUP('payment_modes', 'wire')", "key 'wire' is not in lookup table 'payment_modes'")]
    [InlineData("LOOKUP('nope', 'x')", "no lookup table 'nope'")]
    [InlineData("LOOKUP('taxes.nope', 'VAT 20%')", "no column 'nope'")]
    public void Lookup_Missing_FailsClearly(string expression, string cause)
    {
        Fails(expression).Cause.ShouldContain(cause);
    }

    [Fact]
    public void Functions_Names_AreCaseInsensitive()
    {
        Eval("upper('a') + Upper('b') + UPPER('c')").ShouldBe("ABC");
    }

    [Fact]
    public void Functions_All_IncludeEveryDocumentedFunction()
    {
        Core.Expressions.ExpressionFunctions.All.Select(f => f.Name).ShouldBe(
        [
            "ABS", "ADDDAYS", "AND", "COALESCE", "CONCAT", "CONTAINS", "COUNT", "DATE", "DAYSBETWEEN", "FORMATDATE", "IF",
            "LEFT", "LOOKUP", "LOWER", "MAX", "MIN", "NOT", "OR", "RIGHT", "ROUND", "SUM", "TODAY", "TRIM", "UPPER",
        ]);
    }
}
