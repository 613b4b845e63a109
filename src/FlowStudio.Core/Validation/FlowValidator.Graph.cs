using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

public sealed partial class FlowValidator
{
    private sealed partial class Pass
    {
        /// <summary>Reports bad connections and returns the good ones.</summary>
        private List<FlowConnection> CheckConnections()
        {
            var valid = new List<FlowConnection>();
            foreach (var connection in flow.Connections)
            {
                var from = _nodes.GetValueOrDefault(connection.FromNode);
                var to = _nodes.GetValueOrDefault(connection.ToNode);
                if (from is null || to is null)
                {
                    var missing = from is null ? connection.FromNode : connection.ToNode;
                    Report(ValidationCode.UnknownConnectionNode, $"Connection {connection} refers to node '{missing}', which does not exist.", from ?? to);
                    continue;
                }

                var ok = true;
                if (_types.TryGetValue(from.Id, out var fromType) && !fromType.GetOutputPorts(from.Config).Any(p => p.Name == connection.FromPort))
                {
                    Report(ValidationCode.UnknownPort, $"Node '{from.DisplayName}' has no output port '{connection.FromPort}' (ports: {PortList(fromType.GetOutputPorts(from.Config))}).", from);
                    ok = false;
                }

                if (_types.TryGetValue(to.Id, out var toType) && toType.FindInputPort(connection.ToPort) is null)
                {
                    Report(ValidationCode.UnknownPort, $"Node '{to.DisplayName}' has no input port '{connection.ToPort}' (ports: {PortList(toType.InputPorts)}).", to);
                    ok = false;
                }

                if (ok)
                {
                    valid.Add(connection);
                }
            }

            return valid;
        }

        private void CheckOutputs()
        {
            foreach (var (id, type) in _types)
            {
                var node = _nodes[id];
                var connected = _graph.Outgoing(id).Select(c => c.FromPort).ToHashSet(StringComparer.Ordinal);
                foreach (var port in type.GetOutputPorts(node.Config).Where(p => p.Required && !connected.Contains(p.Name)))
                {
                    Report(ValidationCode.RequiredOutputUnconnected, $"Node '{node.DisplayName}': output '{port.Label}' ({port.Name}) must be connected.", node);
                }

                if (type.RequiresConnectedOutput && !connected.Any(p => p != PortNames.Error))
                {
                    Report(ValidationCode.NoConnectedOutput, $"Node '{node.DisplayName}' routes nowhere; connect at least one of its outputs.", node, severity: ValidationSeverity.Warning);
                }
            }

            foreach (var connection in _graph.NodeIds.SelectMany(_graph.Incoming).Where(_graph.IsLoopReturn))
            {
                if (!_graph.LoopBodies[connection.ToNode].Contains(connection.FromNode))
                {
                    var from = _nodes[connection.FromNode];
                    Report(ValidationCode.InvalidLoopReturn, $"Node '{from.DisplayName}' is not in the per-item branch of '{_nodes[connection.ToNode].DisplayName}', so it cannot return to its loop port.", from);
                }
            }
        }

        private void CheckReachability()
        {
            var triggers = _types.Where(t => t.Value.IsTrigger).Select(t => t.Key).ToList();
            if (triggers.Count == 0)
            {
                return;
            }

            var reachable = _graph.ReachableFrom(triggers);
            foreach (var node in _nodes.Values.Where(n => !reachable.Contains(n.Id)))
            {
                Report(ValidationCode.UnreachableNode, $"Node '{node.DisplayName}' cannot be reached from the trigger.", node);
            }
        }

        private void CheckCycles()
        {
            foreach (var cycle in _graph.FindCycles())
            {
                var names = cycle.Select(id => _nodes[id].DisplayName);
                Report(
                    ValidationCode.Cycle,
                    $"The flow loops back on itself: {string.Join(" → ", names)}. Only a for-each branch may return, to the for-each's loop port.",
                    _nodes[cycle[0]]);
            }
        }

        private static string PortList(IEnumerable<PortDescriptor> ports) =>
            ports.Any() ? string.Join(", ", ports.Select(p => p.Name)) : "none";
    }
}
