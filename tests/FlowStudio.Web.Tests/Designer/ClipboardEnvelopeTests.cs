using FlowStudio.Core.Flows;
using FlowStudio.Web.Designer;

namespace FlowStudio.Web.Tests.Designer;

public sealed class ClipboardEnvelopeTests
{
    private static readonly PaletteCatalog Palette = DesignerTestFlows.Palette();

    [Fact]
    public void Read_WhatWriteWrote_GivesTheSameNodesConnectionsAndTime()
    {
        var copied = ClipboardContent.Of(DesignerTestFlows.Load(), ["check", "pay", "end"]) with { CopiedAt = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero) };

        var text = ClipboardEnvelope.Write(copied);
        var (content, error) = ClipboardEnvelope.Read(text, Palette.Catalog);

        ClipboardEnvelope.Claims(text).ShouldBeTrue();
        error.ShouldBeNull();
        content!.CopiedAt.ShouldBe(copied.CopiedAt);
        content.Nodes.Select(FlowJson).ShouldBe(copied.Nodes.Select(FlowJson));
        content.Connections.ShouldBe(copied.Connections);
    }

    [Theory]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, """, "not valid JSON")]
    [InlineData("""{ "flowstudio": "nodes", "version": 2, "flow": {} }""", "$.version is 2")]
    [InlineData("""{ "flowstudio": "nodes", "flow": {} }""", "$.version is missing")]
    [InlineData("""{ "flowstudio": "flows", "version": 1, "flow": {} }""", "$.flowstudio must be \"nodes\"")]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": [] }""", "$.flow is missing or not an object")]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, "metadata": { "name": "c" }, "nodes": [], "connections": [] } }""", "$.flow.nodes is empty")]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, "metadata": { "name": "c" }, "nodes": [ { "id": "x", "type": "no.such.step" } ], "connections": [] } }""", "$.flow.nodes[0] has the unknown step type 'no.such.step'")]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, "metadata": { "name": "c" }, "nodes": [ { "id": "x", "type": "flow.stop" } ], "connections": [ { "fromNode": "x", "fromPort": "out", "toNode": "gone", "toPort": "in" } ] } }""", "$.flow.connections[0] (x.out -> gone.in) joins a step that is not in the copy")]
    [InlineData("""{ "flowstudio": "nodes", "version": 1, "flow": { "schemaVersion": 1, "metadata": { "name": "c" }, "nodes": [ { "id": "x", "type": "flow.stop", "colour": "red" } ], "connections": [] } }""", "in $.flow:")]
    public void Read_Malformed_RefusesWithWhatAndWhere(string text, string expected)
    {
        var (content, error) = ClipboardEnvelope.Read(text, Palette.Catalog);

        content.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldStartWith("The clipboard holds FlowStudio steps that cannot be pasted:");
        error.ShouldContain(expected);
        error.ShouldEndWith("Nothing was changed.");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Invoice 1042 total 120.06", false)]
    [InlineData("""{ "amount": 1 }""", false)]
    [InlineData("""  { "flowstudio": "nodes" """, true)]
    public void Claims_OnlyTextNamingFlowStudio(string? text, bool expected) =>
        ClipboardEnvelope.Claims(text).ShouldBe(expected);

    private static string FlowJson(FlowNode node) => FlowSerializer.Serialize(new FlowDefinition { Metadata = new FlowMetadata { Name = "n" }, Nodes = [node] });
}
