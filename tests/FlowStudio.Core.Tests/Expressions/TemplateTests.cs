using FlowStudio.Core.Expressions;

namespace FlowStudio.Core.Tests.Expressions;

public class TemplateTests : ExpressionTestBase
{
    [Fact]
    public void Render_Placeholders_AreEvaluated()
    {
        Engine.Render("Invoice {{[steps.find_invoice.output.invoice_id]}} for {{ ROUND([trigger.body.data.object.amount] / 100, 2) }} {{UPPER([trigger.body.data.object.currency])}}", Scope, cancellationToken: TestContext.Current.CancellationToken)
            .ShouldBe("Invoice INV-0042 for 19.99 USD");
    }

    [Fact]
    public void Render_NoPlaceholders_ReturnsText()
    {
        Engine.Render("Plain [text] {not} a template", Scope, cancellationToken: TestContext.Current.CancellationToken).ShouldBe("Plain [text] {not} a template");
    }

    [Fact]
    public void Render_Unclosed_ReportsPositionOfOpening()
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Render("Total: {{ [trigger.body.id]", Scope, new ExpressionSite("n", "message")));

        error.Position.ShouldBe(7);
        error.FieldKey.ShouldBe("message");
    }

    [Fact]
    public void Render_ErrorInPlaceholder_PositionInWholeTemplate()
    {
        var error = Should.Throw<ExpressionException>(() => Engine.Render("Hi {{ [vars.nope] }}", Scope));

        error.Position.ShouldBe(6);
        error.Expression.ShouldBe("Hi {{ [vars.nope] }}");
    }

    [Fact]
    public void ParseTemplate_SyntaxError_PositionInWholeTemplate()
    {
        var error = Should.Throw<ExpressionException>(() => Engine.ParseTemplate("ab {{ 1 + + 2 }}"));

        error.Position.ShouldBe(10);
    }

    [Fact]
    public void TextTemplate_Parse_SplitsLiteralsAndExpressions()
    {
        TextTemplate.Parse("a{{1}}b").ShouldBe([new TemplatePart("a", false, 0), new TemplatePart("1", true, 3), new TemplatePart("b", false, 6)]);
    }
}
