using FlowStudio.Core.Expressions;
using FlowStudio.Core.Tests.TestSupport;

namespace FlowStudio.Core.Tests.Expressions;

public class ExpressionErrorTests : ExpressionTestBase
{
    [Fact]
    public void Evaluate_RuntimeError_CarriesNodeFieldPositionAndCause()
    {
        var error = Fails("1 + UPPER([trigger.body.id]) * 2");

        error.NodeId.ShouldBe("node_1");
        error.FieldKey.ShouldBe("field_a");
        error.Position.ShouldBe(4);
        error.Cause.ShouldContain("text 'EVT_1'");
        error.Expression.ShouldBe("1 + UPPER([trigger.body.id]) * 2");
        error.Message.ShouldStartWith("Node 'node_1' field 'field_a' at position 4:");
    }

    [Fact]
    public void Evaluate_ErrorInsideFunctionArgument_PointsAtInnermostFailure()
    {
        Fails("ROUND(1, [steps.nope.output.x])").Position.ShouldBe(9);
    }

    [Theory]
    [InlineData("1 + + 2", 4)]
    [InlineData("1 + )", 2)]
    [InlineData("ROUND(1,", 7)]
    [InlineData("(1 + 2", 6)]
    [InlineData("[trigger.amount", 1)]
    public void Parse_SyntaxError_ReportsPosition(string expression, int position)
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Parse(expression, new ExpressionSite("n", "f")));

        error.Position.ShouldBe(position);
        error.Cause.ShouldStartWith("Syntax error");
        error.NodeId.ShouldBe("n");
        error.FieldKey.ShouldBe("f");
    }

    [Theory]
    [InlineData("FOO(1)", "Unknown function 'FOO'")]
    [InlineData("ROUND()", "ROUND takes 1 to 2 arguments but was given 0")]
    [InlineData("TODAY(1)", "TODAY takes 0 arguments")]
    [InlineData("Pow(2, 3)", "Unknown function 'Pow'")]
    [InlineData("Sqrt(4)", "Unknown function 'Sqrt'")]
    public void Parse_UnknownOrMisusedFunction_FailsBeforeRunning(string expression, string cause)
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Parse(expression));

        error.Cause.ShouldContain(cause);
        error.Position.ShouldBe(0);
    }

    [Fact]
    public void Parse_Empty_Fails()
    {
        Should.Throw<ExpressionException>(() => Engine.Parse("  ")).Cause.ShouldContain("empty");
    }

    [Fact]
    public void Parse_TooLong_Fails()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 2_000));

        Should.Throw<ExpressionException>(() => Engine.Parse(text)).Cause.ShouldContain("limit is 4000");
    }

    [Fact]
    public void Parse_TooManyParentheses_FailsAtDeepestOne()
    {
        var text = new string('(', 70) + "1" + new string(')', 70);

        var error = Should.Throw<ExpressionException>(() => Engine.Parse(text));

        error.Cause.ShouldContain("nested more than 64");
        error.Position.ShouldBe(64);
    }

    [Fact]
    public void Parse_TooDeepOperators_Fails()
    {
        var text = string.Join(" + ", Enumerable.Repeat("1", 100));

        Should.Throw<ExpressionException>(() => Engine.Parse(text)).Cause.ShouldContain("more than 64 operations deep");
    }

    [Fact]
    public void Evaluate_TooManySteps_Stops()
    {
        var engine = new ExpressionEngine(new ManualTimeProvider(Now), new ExpressionSettings { MaxSteps = 5 });

        Should.Throw<ExpressionException>(() => engine.Evaluate("SUM([trigger.body.lines.*.qty])", Scope)).Cause.ShouldContain("after 5 steps");
    }

    [Fact]
    public void Evaluate_TooSlow_Stops()
    {
        var slowClock = new ManualTimeProvider(Now, advancePerTimestamp: TimeSpan.FromMilliseconds(100));
        var engine = new ExpressionEngine(slowClock, new ExpressionSettings { MaxDuration = TimeSpan.FromMilliseconds(250) });

        Should.Throw<ExpressionException>(() => engine.Evaluate("1 + 2 + 3 + 4 + 5", Scope)).Cause.ShouldContain("250 ms");
    }

    [Fact]
    public void Evaluate_TextTooLong_Stops()
    {
        var engine = new ExpressionEngine(new ManualTimeProvider(Now), new ExpressionSettings { MaxTextLength = 10 });

        Should.Throw<ExpressionException>(() => engine.Evaluate("CONCAT('abcdef', 'ghijkl')", Scope)).Cause.ShouldContain("longer than 10");
    }

    [Fact]
    public void Evaluate_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => Engine.Evaluate("1 + 1", Scope, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Parse_SameText_ParsedOnceAndShared()
    {
        var first = Engine.Parse("[trigger.body.id] + 'x'");
        var second = Engine.Parse("[trigger.body.id] + 'x'");

        second.ShouldBeSameAs(first);
        Engine.CachedCount.ShouldBe(1);
    }

    [Fact]
    public void Parse_ConcurrentCallers_ShareOneInstance()
    {
        var results = new ParsedExpression[64];

        Parallel.For(0, results.Length, i => results[i] = Engine.Parse("ROUND([vars.rate] * 3, 2)"));

        results.Distinct().ShouldHaveSingleItem();
        Engine.CachedCount.ShouldBe(1);
    }

    [Fact]
    public void Parse_FailedText_CachedErrorStillReported()
    {
        Should.Throw<ExpressionException>(() => Engine.Parse("1 +"));
        var again = Should.Throw<ExpressionException>(() => Engine.Parse("1 +", new ExpressionSite("n2", "f2")));

        again.NodeId.ShouldBe("n2");
        Engine.CachedCount.ShouldBe(1);
    }

    [Fact]
    public void Parse_CacheFull_StillParsesWithoutGrowing()
    {
        var engine = new ExpressionEngine(new ManualTimeProvider(Now), new ExpressionSettings { CacheCapacity = 2 });

        engine.Parse("1");
        engine.Parse("2");
        engine.Evaluate("3 + 4", Scope, cancellationToken: TestContext.Current.CancellationToken).ShouldBe(7m);

        engine.CachedCount.ShouldBe(2);
    }
}
