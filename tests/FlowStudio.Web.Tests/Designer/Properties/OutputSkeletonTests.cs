using FlowStudio.Core.Catalog;
using FlowStudio.Web.Components.Designer.Properties;

namespace FlowStudio.Web.Tests.Designer.Properties;

public sealed class OutputSkeletonTests
{
    [Fact]
    public void ListShapeWithAProperty_IsTheOutputObjectAConnectorReturns()
    {
        var shape = ConnectorOutputShape.ListIn("invoice", "invoices", [new("invoice_id", "text"), new("balance", "decimal")],
            new("count", "number"), new("has_more", "boolean"), new("stream", "object"));

        var skeleton = OutputSkeleton.From(shape);

        skeleton.GetRawText().ShouldBe("""{"invoices":[{"invoice_id":"","balance":0}],"count":0,"has_more":false,"stream":{}}""");
    }

    [Fact]
    public void PlainListAndRecordShapes_AreAnArrayAndAnObject()
    {
        OutputSkeleton.From(new ConnectorOutputShape("row", true, [new("a", "text")])).GetRawText().ShouldBe("""[{"a":""}]""");
        OutputSkeleton.From(new ConnectorOutputShape("invoice", false, [new("paid", "boolean")])).GetRawText().ShouldBe("""{"paid":false}""");
    }
}
