using FlowStudio.Sandbox.GoogleSheets.Api;

namespace FlowStudio.Sandbox.Tests.GoogleSheets;

public sealed class A1RangeTests
{
    [Theory]
    [InlineData("Sheet1!A1:C10", "Sheet1", 0, 0, 2, 9)]
    [InlineData("'Q1 sales'!B2", "Q1 sales", 1, 1, 1, 1)]
    [InlineData("'It''s'!A:C", "It's", 0, 0, 2, null)]
    [InlineData("Invoices", "Invoices", 0, 0, null, null)]
    [InlineData("A1:B2", null, 0, 0, 1, 1)]
    [InlineData("Sheet1!AA3:AB", "Sheet1", 26, 2, 27, null)]
    [InlineData("Sheet1!2:5", "Sheet1", 0, 1, null, 4)]
    public void TryParse_A1Notation_ReadsSheetAndBounds(string text, string? sheet, int startColumn, int startRow, int? endColumn, int? endRow) =>
        A1Range.TryParse(text).ShouldBe(new A1Range(sheet, startColumn, startRow, endColumn, endRow));

    [Theory]
    [InlineData("")]
    [InlineData("Sheet1!A0")]
    [InlineData("Sheet1!C1:A1")]
    [InlineData("'unterminated!A1")]
    [InlineData("Sheet1!A1:")]
    public void TryParse_NotA1_IsNull(string text) => A1Range.TryParse(text).ShouldBeNull();

    [Theory]
    [InlineData("Sheet1", "Sheet1!A1:B2")]
    [InlineData("Q1 sales", "'Q1 sales'!A1:B2")]
    [InlineData("AB12", "'AB12'!A1:B2")]
    public void Format_QuotesSheetNamesThatNeedIt(string sheet, string expected) => A1Range.Format(sheet, 0, 0, 1, 1).ShouldBe(expected);
}
