using System.Text.Json;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Tests.Flows;

public class FlowSerializerTests
{
    private const string ValidJson = """
        {
          "schemaVersion": 1,
          "metadata": { "name": "Stripe invoice paid", "description": "Records payments", "tags": ["stripe", "ar"], "owner": "ana" },
          "nodes": [
            { "id": "hook", "type": "trigger.webhook", "label": "Stripe", "position": { "x": 10, "y": 20.5 }, "config": { "provider": "stripe" } },
            { "id": "pay", "type": "action.connector", "position": { "x": 300, "y": 20 }, "config": { "inputs": { "amount": "[trigger.body.amount] / 100" } } }
          ],
          "connections": [ { "fromNode": "hook", "fromPort": "out", "toNode": "pay", "toPort": "in" } ]
        }
        """;

    [Fact]
    public void Deserialize_ValidDocument_ReadsEveryPart()
    {
        var flow = FlowSerializer.Deserialize(ValidJson);

        flow.SchemaVersion.ShouldBe(1);
        flow.Metadata.Name.ShouldBe("Stripe invoice paid");
        flow.Metadata.Description.ShouldBe("Records payments");
        flow.Metadata.Tags.ShouldBe(["stripe", "ar"]);
        flow.Metadata.Owner.ShouldBe("ana");
        flow.Nodes.Length.ShouldBe(2);
        flow.Nodes[0].Label.ShouldBe("Stripe");
        flow.Nodes[0].Position.ShouldBe(new FlowPosition(10, 20.5));
        NodeConfig.GetString(flow.Nodes[0].Config, "provider").ShouldBe("stripe");
        flow.Nodes[1].Config.GetProperty("inputs").GetProperty("amount").GetString().ShouldBe("[trigger.body.amount] / 100");
        flow.Connections.ShouldHaveSingleItem().ShouldBe(new FlowConnection("hook", "out", "pay", "in"));
    }

    [Fact]
    public void Serialize_ThenDeserialize_RoundTripsToEqualDocument()
    {
        var original = FlowSerializer.Deserialize(ValidJson);

        var json = FlowSerializer.Serialize(original);
        var again = FlowSerializer.Deserialize(json);

        FlowSerializer.Serialize(again).ShouldBe(json);
        again.Metadata.Tags.ShouldBe(original.Metadata.Tags);
        again.Nodes.Select(n => n.Id).ShouldBe(original.Nodes.Select(n => n.Id));
        again.Nodes.Zip(original.Nodes).ShouldAllBe(pair => JsonElement.DeepEquals(pair.First.Config, pair.Second.Config));
        again.Connections.ShouldBe(original.Connections);
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("schemaVersion").GetInt32().ShouldBe(FlowDefinition.CurrentSchemaVersion);
    }

    [Fact]
    public void Deserialize_MissingNodeConfig_UsesEmptyObject()
    {
        var flow = FlowSerializer.Deserialize("""{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "flow.stop" } ] }""");

        flow.Nodes[0].Config.ValueKind.ShouldBe(JsonValueKind.Object);
        flow.Connections.ShouldBeEmpty();
    }

    [Fact]
    public void Deserialize_SyntaxError_ReportsLineAndPosition()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"metadata\": { \"name\": \"x\" \"description\": \"y\" }\n}";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Line.ShouldBe(3);
        error.Column.ShouldNotBeNull();
        error.Message.ShouldContain("line 3");
        error.Message.ShouldStartWith("Malformed JSON");
    }

    [Fact]
    public void Deserialize_MissingSchemaVersion_SaysSo()
    {
        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize("""{ "metadata": { "name": "x" } }"""));

        error.Message.ShouldContain("schemaVersion");
        error.Path.ShouldBe("$");
    }

    [Fact]
    public void Deserialize_NewerSchemaVersion_IsRefused()
    {
        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize("""{ "schemaVersion": 99, "metadata": { "name": "x" } }"""));

        error.Path.ShouldBe("$.schemaVersion");
        error.Reason.ShouldContain("99");
    }

    [Fact]
    public void Deserialize_WrongTypeDeepInside_ReportsJsonPath()
    {
        var json = """{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "flow.stop", "position": { "x": "left", "y": 0 } } ] }""";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Path.ShouldBe("$.nodes[0].position.x");
    }

    [Fact]
    public void Deserialize_MissingRequiredNodeId_NamesTheProperty()
    {
        var json = """{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "type": "flow.stop" } ] }""";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Reason.ShouldContain("id");
        error.Path.ShouldNotBeNull().ShouldStartWith("$.nodes[0]");
    }

    [Fact]
    public void Deserialize_UnknownProperty_IsRejectedWithPath()
    {
        var json = """{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "flow.stop", "confg": {} } ] }""";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Reason.ShouldContain("confg");
        error.Path.ShouldNotBeNull().ShouldStartWith("$.nodes[0]");
    }

    [Fact]
    public void Deserialize_DuplicateNodeIds_PointsAtSecond()
    {
        var json = """{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "flow.stop" }, { "id": "a", "type": "flow.stop" } ] }""";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Path.ShouldBe("$.nodes[1].id");
        error.Reason.ShouldContain("$.nodes[0]");
    }

    [Fact]
    public void Deserialize_ConfigNotAnObject_PointsAtConfig()
    {
        var json = """{ "schemaVersion": 1, "metadata": { "name": "x" }, "nodes": [ { "id": "a", "type": "flow.stop", "config": [1] } ] }""";

        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize(json));

        error.Path.ShouldBe("$.nodes[0].config");
    }

    [Fact]
    public void Deserialize_RootIsArray_IsRefused()
    {
        var error = Should.Throw<FlowFormatException>(() => FlowSerializer.Deserialize("[]"));

        error.Reason.ShouldContain("JSON object");
    }
}
