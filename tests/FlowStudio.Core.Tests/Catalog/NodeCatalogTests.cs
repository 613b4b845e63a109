using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Tests.Catalog;

public class NodeCatalogTests
{
    private static readonly string[] ExpectedTypes =
    [
        NodeTypeKeys.ManualTrigger, NodeTypeKeys.WebhookTrigger, NodeTypeKeys.ScheduleTrigger, NodeTypeKeys.PollTrigger,
        NodeTypeKeys.ConnectorAction, NodeTypeKeys.Map, NodeTypeKeys.Condition, NodeTypeKeys.Switch, NodeTypeKeys.ForEach,
        NodeTypeKeys.Merge, NodeTypeKeys.Delay, NodeTypeKeys.WaitForApproval, NodeTypeKeys.SetVariable, NodeTypeKeys.CallSubFlow,
        NodeTypeKeys.HttpRequest, NodeTypeKeys.Stop, NodeTypeKeys.Fail,
    ];

    private readonly NodeCatalog _catalog = NodeCatalog.CreateBuiltIn();

    [Fact]
    public void CreateBuiltIn_Always_RegistersEveryBuiltInType()
    {
        _catalog.NodeTypes.Select(t => t.TypeKey).ShouldBe(ExpectedTypes, ignoreOrder: true);
    }

    [Fact]
    public void BuiltInDescriptors_Always_AreComplete()
    {
        foreach (var type in _catalog.NodeTypes)
        {
            type.DisplayName.ShouldNotBeNullOrWhiteSpace();
            type.Description.ShouldNotBeNullOrWhiteSpace();
            type.Icon.ShouldStartWith("Icons.Material.");
            (type.InputPorts.Length == 0).ShouldBe(type.IsTrigger, $"{type.TypeKey}: only triggers lack an input");
            type.ConfigFields.Select(f => f.Key).ShouldBeUnique();
            type.ConfigFields.Where(f => f.FieldType == ConfigFieldType.Select).ShouldAllBe(f => f.Options.Length > 0);
            type.ConfigFields.ShouldAllBe(f => !string.IsNullOrWhiteSpace(f.Label));
            type.OutputPorts.Select(p => p.Name).ShouldBeUnique();
        }
    }

    [Theory]
    [InlineData(NodeTypeKeys.ManualTrigger, NodeCategory.Trigger)]
    [InlineData(NodeTypeKeys.ConnectorAction, NodeCategory.Action)]
    [InlineData(NodeTypeKeys.Condition, NodeCategory.Logic)]
    [InlineData(NodeTypeKeys.ForEach, NodeCategory.FlowControl)]
    [InlineData(NodeTypeKeys.WaitForApproval, NodeCategory.Human)]
    public void Find_KnownType_HasCategory(string typeKey, NodeCategory category)
    {
        _catalog.Find(typeKey).ShouldNotBeNull().Category.ShouldBe(category);
    }

    [Fact]
    public void Find_UnknownType_ReturnsNull()
    {
        _catalog.Find("nope").ShouldBeNull();
    }

    [Fact]
    public void Condition_Ports_AreTrueFalseAndError()
    {
        _catalog.Find(NodeTypeKeys.Condition)!.GetOutputPorts(NodeConfig.Empty).Select(p => p.Name).ShouldBe(["true", "false", "error"]);
    }

    [Fact]
    public void ForEach_Ports_HaveItemDoneAndLoopReturn()
    {
        var forEach = _catalog.Find(NodeTypeKeys.ForEach)!;

        forEach.OutputPorts.Select(p => p.Name).ShouldBe(["item", "done", "error"]);
        forEach.OutputPorts.Single(p => p.Name == "item").Required.ShouldBeTrue();
        forEach.InputPorts.Select(p => p.Name).ShouldBe(["in", "loop"]);
        forEach.FindField("parallelism").ShouldNotBeNull().FieldType.ShouldBe(ConfigFieldType.Number);
    }

    [Fact]
    public void WaitForApproval_Ports_ApprovedRejectedTimedOut()
    {
        var approval = _catalog.Find(NodeTypeKeys.WaitForApproval)!;

        approval.OutputPorts.Select(p => p.Name).ShouldBe(["approved", "rejected", "timedOut"]);
        approval.FindField("approverRole").ShouldNotBeNull().Required.ShouldBeTrue();
        approval.FindField("timeout").ShouldNotBeNull().FieldType.ShouldBe(ConfigFieldType.Duration);
    }

    [Fact]
    public void Switch_PortsFromConfig_CasesThenDefault()
    {
        var config = NodeConfig.Parse("""{ "cases": [ { "name": "current", "label": "< 15 days", "when": "true" }, { "name": "late", "when": "true" } ] }""");

        var ports = _catalog.Find(NodeTypeKeys.Switch)!.GetOutputPorts(config);

        ports.Select(p => p.Name).ShouldBe(["current", "late", "default", "error"]);
        ports[0].Label.ShouldBe("< 15 days");
        ports[1].Label.ShouldBe("late");
    }

    [Fact]
    public void Actions_Always_HaveErrorPort()
    {
        foreach (var key in new[] { NodeTypeKeys.ConnectorAction, NodeTypeKeys.HttpRequest, NodeTypeKeys.CallSubFlow, NodeTypeKeys.Map })
        {
            _catalog.Find(key)!.OutputPorts.ShouldContain(p => p.Name == PortNames.Error, key);
        }
    }

    [Fact]
    public void Delay_Config_DurationOrUntil()
    {
        var delay = _catalog.Find(NodeTypeKeys.Delay)!;

        delay.FindField("duration")!.RequiredWhen.ShouldBe(new FieldCondition("mode", "duration"));
        delay.FindField("until")!.RequiredWhen.ShouldBe(new FieldCondition("mode", "until"));
    }

    [Fact]
    public void Add_NewType_IsFound()
    {
        var custom = BuiltInNodeTypes.Merge with { TypeKey = "zoho.special", DisplayName = "Special" };

        _catalog.Add(custom);

        _catalog.Find("zoho.special").ShouldBeSameAs(custom);
    }

    [Fact]
    public void Add_DuplicateType_Throws()
    {
        Should.Throw<InvalidOperationException>(() => _catalog.Add(BuiltInNodeTypes.Merge)).Message.ShouldContain(NodeTypeKeys.Merge);
    }

    [Fact]
    public void AddOperation_ConnectorOperation_IsFoundByKey()
    {
        _catalog.AddOperation(new ConnectorOperationDescriptor { Connector = "zoho-books", Operation = "create_invoice", DisplayName = "Create invoice", Kind = ConnectorOperationKind.Action });

        _catalog.FindOperation("zoho-books.create_invoice").ShouldNotBeNull().HasSideEffects.ShouldBeTrue();
        _catalog.HasConnector("zoho-books").ShouldBeTrue();
        _catalog.HasConnector("stripe").ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() =>
            _catalog.AddOperation(new ConnectorOperationDescriptor { Connector = "zoho-books", Operation = "create_invoice", DisplayName = "Again" }));
    }
}
