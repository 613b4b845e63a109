using System.Globalization;
using System.Text;

namespace FlowStudio.E2E.Designer;

/// <summary>A valid flow of <c>nodes</c> map steps in rows, with extra cross links up to <c>links</c> connections (merges take them).</summary>
public static class LargeFlow
{
    public static string Json(string name, int nodes = 300, int links = 400)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $$"""{ "schemaVersion": 1, "metadata": { "name": "{{name}}" }, "nodes": [""");
        text.Append("""{ "id": "start", "type": "trigger.manual", "position": { "x": 0, "y": 0 } }""");
        for (var i = 1; i < nodes; i++)
        {
            var type = i % 4 == 0 ? "flow.merge" : "logic.map";
            var config = type == "logic.map" ? $$""", "config": { "mappings": { "n": "{{i}}" } }""" : "";
            text.Append(CultureInfo.InvariantCulture, $$""", { "id": "n{{i}}", "type": "{{type}}", "position": { "x": {{(i % 20) * 320}}, "y": {{(i / 20) * 160}} }{{config}} }""");
        }

        text.Append("""], "connections": [""");
        var connections = new List<string>();
        for (var i = 1; i < nodes; i++)
        {
            var from = i == 1 ? "start" : $"n{i - 1}";
            connections.Add($$"""{ "fromNode": "{{from}}", "fromPort": "out", "toNode": "n{{i}}", "toPort": "in" }""");
        }

        for (var i = 4; i < nodes && connections.Count < links; i += 4)
        {
            connections.Add($$"""{ "fromNode": "n{{i - 2}}", "fromPort": "out", "toNode": "n{{i}}", "toPort": "in" }""");
        }

        for (var i = 8; i < nodes && connections.Count < links; i += 4)
        {
            connections.Add($$"""{ "fromNode": "n{{i - 7}}", "fromPort": "out", "toNode": "n{{i}}", "toPort": "in" }""");
        }

        text.Append(string.Join(", ", connections)).Append("] }");
        return text.ToString();
    }
}
