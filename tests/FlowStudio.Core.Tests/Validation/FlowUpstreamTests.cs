using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;
using FlowStudio.Core.Validation;

namespace FlowStudio.Core.Tests.Validation;

public sealed class FlowUpstreamTests
{
    //  start ──► find ──► each ─item─► line ──► (loop back to each)
    //                       └─done─► total ──► end
    private static readonly FlowDefinition Flow = new()
    {
        Metadata = new FlowMetadata { Name = "Upstream" },
        Nodes =
        [
            Node("start", NodeTypeKeys.WebhookTrigger), Node("find", NodeTypeKeys.ConnectorAction), Node("each", NodeTypeKeys.ForEach),
            Node("line", NodeTypeKeys.Map), Node("total", NodeTypeKeys.Map), Node("end", NodeTypeKeys.Stop), Node("orphan", NodeTypeKeys.Map),
        ],
        Connections =
        [
            new("start", "out", "find", "in"), new("find", "out", "each", "in"), new("each", "item", "line", "in"),
            new("line", "out", "each", "loop"), new("each", "done", "total", "in"), new("total", "out", "end", "in"),
            new("ghost", "out", "end", "in"),
        ],
    };

    [Fact]
    public void Of_NodeAfterLoop_ListsStepsNearestFirstWithTrigger()
    {
        var scope = FlowUpstream.Of(Flow, "end", NodeCatalog.CreateBuiltIn());

        scope.Trigger!.Id.ShouldBe("start");
        scope.Steps.Select(n => n.Id).ShouldBe(["total", "each", "find"]);
        scope.ForEach.ShouldBeNull();
    }

    [Fact]
    public void Of_NodeInLoopBody_HasTheForEachAndNotItsOwnLoopReturn()
    {
        var scope = FlowUpstream.Of(Flow, "line");

        scope.ForEach!.Id.ShouldBe("each");
        scope.Steps.Select(n => n.Id).ShouldBe(["each", "find"]);
    }

    [Fact]
    public void Of_UnconnectedNode_HasNothingUpstream()
    {
        var scope = FlowUpstream.Of(Flow, "orphan");

        scope.Trigger.ShouldBeNull();
        scope.Steps.ShouldBeEmpty();
    }

    private static FlowNode Node(string id, string type) => new() { Id = id, Type = type };
}
