using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Anchors;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using FlowStudio.Core.Flows;

namespace FlowStudio.Web.Designer;

/// <summary>
/// Maps between the Core <see cref="FlowDefinition"/> and the canvas by stable node ids and port names: the flow
/// model is the document, the diagram is a view of it. <see cref="Sync"/> changes only what differs, so
/// applying an undo or a config edit to a 300-node canvas does not rebuild it.
/// </summary>
public sealed class DiagramMapper(PaletteCatalog palette)
{
    /// <summary>The flow as the canvas shows it: nodes in canvas order at their canvas positions, and every attached link.</summary>
    public static FlowDefinition ToFlow(Diagram diagram, FlowMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(metadata);
        return new FlowDefinition
        {
            Metadata = metadata,
            Nodes = [.. diagram.Nodes.OfType<FlowNodeModel>().Select(n => n.ToFlowNode())],
            Connections = [.. diagram.Links.Select(ConnectionOf).OfType<FlowConnection>()],
        };
    }

    /// <summary>The connection a link stands for; null while it is being dragged or when it ends on no port.</summary>
    public static FlowConnection? ConnectionOf(BaseLinkModel link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.Source.Model is FlowPortModel from && link.Target.Model is FlowPortModel to
            ? new FlowConnection(from.NodeId, from.Name, to.NodeId, to.Name)
            : null;
    }

    public static string LinkId(FlowConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return $"{connection.FromNode}:{connection.FromPort}->{connection.ToNode}:{connection.ToPort}";
    }

    /// <summary>Makes the canvas show <paramref name="flow"/>: removes, adds and updates nodes and links that differ.</summary>
    public void Sync(Diagram diagram, FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(flow);
        diagram.Batch(() =>
        {
            var wanted = flow.Nodes.GroupBy(n => n.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var models = diagram.Nodes.OfType<FlowNodeModel>().ToDictionary(n => n.Id, StringComparer.Ordinal);
            var stale = models.Values.Where(m => !wanted.TryGetValue(m.Id, out var node)
                || FlowNodeModel.SignatureOf(node, m.Descriptor) != m.PortSignature).ToList();
            foreach (var model in stale)
            {
                diagram.Links.Remove(model.PortLinks.ToList());
                diagram.Nodes.Remove(model);
                models.Remove(model.Id);
            }

            foreach (var node in wanted.Values)
            {
                if (models.TryGetValue(node.Id, out var model))
                {
                    if (!ReferenceEquals(model.Node, node))
                    {
                        model.Update(node, palette.AppearanceOf(node));
                        model.Refresh();
                    }
                }
                else
                {
                    models[node.Id] = diagram.Nodes.Add(Create(node));
                }
            }

            SyncLinks(diagram, flow, models);
        });
    }

    public FlowNodeModel Create(FlowNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return new FlowNodeModel(node, palette.Catalog.Find(node.Type), palette.AppearanceOf(node));
    }

    private static void SyncLinks(Diagram diagram, FlowDefinition flow, Dictionary<string, FlowNodeModel> models)
    {
        var wanted = flow.Connections.ToDictionary(LinkId, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in diagram.Links.ToList())
        {
            var connection = ConnectionOf(link);
            if (connection is null)
            {
                continue;
            }

            var id = LinkId(connection);
            if (!wanted.ContainsKey(id) || !present.Add(id))
            {
                diagram.Links.Remove(link);
            }
        }

        foreach (var (id, connection) in wanted)
        {
            if (present.Contains(id))
            {
                continue;
            }

            // A connection to a port the node no longer has (or to a missing node) stays in the flow model for the
            // validator to report, but cannot be drawn.
            var from = models.GetValueOrDefault(connection.FromNode)?.FindPort(connection.FromPort, input: false);
            var to = models.GetValueOrDefault(connection.ToNode)?.FindPort(connection.ToPort, input: true);
            if (from is not null && to is not null)
            {
                diagram.Links.Add(NewLink(id, from, to));
            }
        }
    }

    public static LinkModel NewLink(string id, FlowPortModel from, FlowPortModel to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return Styled(new LinkModel(id, new SinglePortAnchor(from), new SinglePortAnchor(to)), from);
    }

    public static LinkModel Styled(LinkModel link, FlowPortModel from)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(from);
        link.TargetMarker = LinkMarker.Arrow;
        link.Width = 2;
        if (from.IsError)
        {
            link.Color = "var(--fs-link-error)";
        }

        return link;
    }
}
