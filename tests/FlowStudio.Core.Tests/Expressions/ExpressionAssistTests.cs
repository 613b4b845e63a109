using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Tests.Expressions;

public sealed class ExpressionAssistTests
{
    private static readonly IReadOnlyList<SamplePath> Paths = SamplePaths.Collect(
        "trigger", NodeConfig.Parse("""{ "body": { "amount": 19.99, "customer": "Acme", "lines": [ { "sku": "A-1" } ] } }"""));

    [Fact]
    public void Analyse_InsideReference_GivesPathTypedSoFar()
    {
        var cursor = ExpressionAssist.Analyse("ROUND([trigger.bo", 17);

        cursor.Kind.ShouldBe(ExpressionCursorKind.Reference);
        cursor.Prefix.ShouldBe("trigger.bo");
        cursor.FragmentStart.ShouldBe(7);
        cursor.Function!.Name.ShouldBe("ROUND");
        cursor.ArgumentIndex.ShouldBe(0);
    }

    [Fact]
    public void Analyse_SecondArgumentOfNestedCall_NamesInnermostFunction()
    {
        const string text = "IF([a.b] > 1, CONCAT('x, (y', [c]), ";

        ExpressionAssist.Analyse(text, 30).Function!.Name.ShouldBe("CONCAT");
        ExpressionAssist.Analyse(text, 30).ArgumentIndex.ShouldBe(1);
        ExpressionAssist.Analyse(text, text.Length).Function!.Name.ShouldBe("IF");
        ExpressionAssist.Analyse(text, text.Length).ArgumentIndex.ShouldBe(2);
    }

    [Fact]
    public void Analyse_InsideString_OffersNothing()
    {
        ExpressionAssist.Analyse("CONCAT('ROU", 11).Kind.ShouldBe(ExpressionCursorKind.InText);
        ExpressionAssist.Complete("CONCAT('ROU", 11, Paths).ShouldBeEmpty();
    }

    [Fact]
    public void Complete_WordPrefix_OffersFunctionsWithSignature()
    {
        var completions = ExpressionAssist.Complete("1 + ro", 6, Paths);

        var round = completions.ShouldHaveSingleItem();
        round.Label.ShouldBe("ROUND");
        round.InsertText.ShouldBe("ROUND(");
        round.Detail.ShouldStartWith("ROUND(");
        ExpressionAssist.Apply("1 + ro", 6, round).ShouldBe(("1 + ROUND(", 10));
    }

    [Fact]
    public void Complete_ReferencePrefix_OffersSamplePathsAndClosesTheBracket()
    {
        var completions = ExpressionAssist.Complete("[trigger.body.a", 15, Paths);

        var amount = completions.ShouldHaveSingleItem();
        amount.Label.ShouldBe("trigger.body.amount");
        amount.Detail.ShouldBe("number · 19.99");
        ExpressionAssist.Apply("[trigger.body.a", 15, amount).ShouldBe(("[trigger.body.amount]", 21));
        ExpressionAssist.Apply("[trigger.body.a] * 2", 15, ExpressionAssist.Complete("[trigger.body.a] * 2", 15, Paths)[0])
            .Text.ShouldBe("[trigger.body.amount] * 2");
    }

    [Fact]
    public void Insert_WithSelection_ReplacesIt()
    {
        ExpressionAssist.Insert("ROUND(x, 2)", 6, "[trigger.body.amount]", selectionLength: 1)
            .ShouldBe(("ROUND([trigger.body.amount], 2)", 27));
    }

    [Fact]
    public void SamplePaths_ListsEnterThroughFirstItem()
    {
        Paths.Select(p => p.Path).ShouldBe([
            "trigger", "trigger.body", "trigger.body.amount", "trigger.body.customer",
            "trigger.body.lines", "trigger.body.lines.0", "trigger.body.lines.0.sku",
        ]);
        Paths.Single(p => p.Path == "trigger.body.lines").Type.ShouldBe("list");
    }

    [Theory]
    [InlineData(ReferenceRoot.Trigger, new[] { "body", "amount" }, "[trigger.body.amount]")]
    [InlineData(ReferenceRoot.Item, new[] { "sku" }, "[item.sku]")]
    [InlineData(ReferenceRoot.Trigger, new[] { "a.b" }, null)]
    [InlineData(ReferenceRoot.Trigger, new[] { "x]" }, null)]
    public void ReferenceSyntax_Segments_WritesWhatTheParserReads(ReferenceRoot root, string[] segments, string? expected)
    {
        ReferenceSyntax.Reference(root, segments).ShouldBe(expected);
    }

    [Fact]
    public void ReferenceSyntax_StepReference_ParsesBackToTheSameStep()
    {
        var text = ReferenceSyntax.StepReference("find_invoice", ["lines", "0", "sku"])!;
        var engine = new ExpressionEngine(TimeProvider.System);

        var reference = engine.Parse(text).References.ShouldHaveSingleItem();

        text.ShouldBe("[steps.find_invoice.output.lines.0.sku]");
        reference.StepId.ShouldBe("find_invoice");
        reference.Segments.ShouldBe(["find_invoice", "output", "lines", "0", "sku"]);
    }
}
