using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

/// <summary>
/// Checks a flow against the node catalog: triggers, node types, config, connections and ports,
/// reachability, cycles outside for-each loops, and expressions (syntax and upstream references).
/// Returns every issue found rather than stopping at the first.
/// </summary>
public sealed partial class FlowValidator(INodeCatalog catalog, ExpressionEngine expressions)
{
    public IReadOnlyList<ValidationIssue> Validate(FlowDefinition flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var pass = new Pass(flow, catalog, expressions);
        pass.Run();
        return pass.Issues;
    }

    private sealed partial class Pass(FlowDefinition flow, INodeCatalog catalog, ExpressionEngine expressions)
    {
        private readonly Dictionary<string, FlowNode> _nodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NodeTypeDescriptor> _types = new(StringComparer.Ordinal);
        private FlowGraph _graph = null!;

        public List<ValidationIssue> Issues { get; } = [];

        public void Run()
        {
            CheckNodes();
            CheckTriggers();
            foreach (var (id, type) in _types)
            {
                CheckConfig(_nodes[id], type);
            }

            _graph = new FlowGraph(flow, CheckConnections());
            CheckOutputs();
            CheckReachability();
            CheckCycles();
            foreach (var (id, type) in _types)
            {
                CheckExpressions(_nodes[id], type);
            }
        }

        private void CheckNodes()
        {
            foreach (var node in flow.Nodes)
            {
                if (!_nodes.TryAdd(node.Id, node))
                {
                    Report(ValidationCode.DuplicateNodeId, $"Two nodes have the id '{node.Id}'; ids must be unique.", node);
                    continue;
                }

                if (catalog.Find(node.Type) is { } type)
                {
                    _types[node.Id] = type;
                }
                else
                {
                    Report(ValidationCode.UnknownNodeType, $"Node '{node.DisplayName}' has unknown type '{node.Type}'.", node);
                }
            }
        }

        private void CheckTriggers()
        {
            var triggers = _types.Where(t => t.Value.IsTrigger).Select(t => _nodes[t.Key]).ToList();
            if (triggers.Count == 0)
            {
                Report(ValidationCode.NoTrigger, "The flow has no trigger; add one (manual, webhook, schedule or poll).", null);
            }

            foreach (var extra in triggers.Skip(1))
            {
                Report(ValidationCode.MultipleTriggers, $"Node '{extra.DisplayName}' is a second trigger; a flow has exactly one (the first is '{triggers[0].DisplayName}').", extra);
            }
        }

        private void Report(ValidationCode code, string message, FlowNode? node, string? field = null, int? position = null, ValidationSeverity severity = ValidationSeverity.Error) =>
            Issues.Add(new ValidationIssue(code, severity, message)
            {
                NodeId = node?.Id,
                NodeLabel = node?.Label,
                FieldKey = field,
                Position = position,
            });
    }
}
