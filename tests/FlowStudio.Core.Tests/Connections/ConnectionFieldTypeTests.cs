using FlowStudio.Core.Connections;

namespace FlowStudio.Core.Tests.Connections;

public sealed class ConnectionFieldTypeTests
{
    private static readonly ConnectionFieldDescriptor RequestsPerMinute =
        new("requestsPerMinute", "Requests per minute") { Required = false, Type = ConnectionFieldType.WholeNumber, Minimum = 1, Maximum = 1000 };

    [Fact]
    public void Descriptor_WithoutAType_IsTextAndAcceptsAnything()
    {
        var field = new ConnectionFieldDescriptor("account", "Account");

        field.Type.ShouldBe(ConnectionFieldType.Text);
        field.TypeProblem("not a number").ShouldBeNull();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1000")]
    [InlineData(" 250 ")]
    [InlineData("")]
    [InlineData(null)]
    public void WholeNumber_InRangeOrEmpty_HasNoProblem(string? value) =>
        RequestsPerMinute.TypeProblem(value).ShouldBeNull();

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1001")]
    [InlineData("99999999999")]
    [InlineData("12.5")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("lots")]
    public void WholeNumber_OutOfRangeOrNotWhole_NamesTheFieldAndTheRange(string value) =>
        RequestsPerMinute.TypeProblem(value).ShouldBe($"Requests per minute: must be a whole number from 1 to 1000; '{value}' is not.");
}
