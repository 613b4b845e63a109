namespace FlowStudio.Core.Tests.Expressions;

public class ExpressionArithmeticTests : ExpressionTestBase
{
    [Fact]
    public void Evaluate_PointOnePlusPointTwo_IsExactlyPointThree()
    {
        Eval("0.1 + 0.2").ShouldBe(0.3m);
        Eval("0.1 + 0.2 = 0.3").ShouldBe(true);
    }

    [Fact]
    public void Evaluate_Division_StaysDecimal()
    {
        Eval("1 / 3").ShouldBeOfType<decimal>().ShouldBe(1m / 3m);
        Eval("10 / 4").ShouldBe(2.5m);
    }

    [Fact]
    public void Evaluate_MoneySum_IsExact()
    {
        Eval("19.99 * 3 + 0.03").ShouldBe(60.00m);
        Eval("SUM([trigger.body.lines.*.price])").ShouldBe(20.29m);
        Eval("SUM([trigger.body.lines.*.price]) = 20.29").ShouldBe(true);
    }

    [Fact]
    public void Evaluate_IntegerLiterals_AreDecimal()
    {
        Eval("2 + 3").ShouldBeOfType<decimal>().ShouldBe(5m);
        Eval("7 % 4").ShouldBe(3m);
        Eval("2 ** 10").ShouldBe(1024m);
        Eval("-[trigger.body.data.object.amount]").ShouldBe(-1999m);
    }

    [Theory]
    [InlineData("'Invoice ' + 42", "Invoice 42")]
    [InlineData("1 < 2 && 'b' > 'a'", "true")]
    [InlineData("3 >= 3 and not (1 == 2)", "true")]
    [InlineData("1 != 1 || false", "false")]
    [InlineData("[trigger.body.paid] ? 'paid' : 'open'", "paid")]
    [InlineData("'eu' in ('us', 'eu')", "true")]
    [InlineData("'ca' not in ('us', 'eu')", "true")]
    [InlineData("[trigger.body.data.object.customer] ?? 'guest'", "guest")]
    [InlineData("null == [trigger.body.missing]", "true")]
    [InlineData("'10' * 2", "20")]
    public void Evaluate_Operators_GiveExpectedResult(string expression, string expected)
    {
        EvalText(expression).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_DivideByZero_FailsClearly()
    {
        Fails("1 / (2 - 2)").Cause.ShouldBe("Division by zero.");
    }

    [Fact]
    public void Evaluate_Overflow_FailsClearly()
    {
        Fails("79228162514264337593543950335 * 2").Cause.ShouldBe("The number is too large.");
    }

    [Fact]
    public void Evaluate_TextTimesNumber_NamesTheValue()
    {
        Fails("[trigger.body.id] * 2").Cause.ShouldContain("text 'evt_1'");
    }

    [Fact]
    public void Evaluate_ShortCircuitAnd_DoesNotEvaluateRightSide()
    {
        Eval("false and (1 / 0 > 1)").ShouldBe(false);
        Eval("true or (1 / 0 > 1)").ShouldBe(true);
    }
}
