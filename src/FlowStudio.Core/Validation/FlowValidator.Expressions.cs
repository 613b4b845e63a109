using System.Text.Json;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Expressions;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

public sealed partial class FlowValidator
{
    private sealed partial class Pass
    {
        private void CheckExpressions(FlowNode node, NodeTypeDescriptor type)
        {
            foreach (var field in type.ConfigFields)
            {
                if (NodeConfig.Get(node.Config, field.Key) is not { } value)
                {
                    continue;
                }

                switch (field.FieldType)
                {
                    case ConfigFieldType.Expression when value.ValueKind == JsonValueKind.String:
                        CheckExpression(node, field.Key, value.GetString()!, template: false);
                        break;
                    case ConfigFieldType.Text when value.ValueKind == JsonValueKind.String:
                        CheckExpression(node, field.Key, value.GetString()!, template: true);
                        break;
                    case ConfigFieldType.FieldMapping when value.ValueKind == JsonValueKind.Object:
                        foreach (var mapping in value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                        {
                            CheckExpression(node, $"{field.Key}.{mapping.Name}", mapping.Value.GetString()!, template: false);
                        }

                        break;
                    case ConfigFieldType.CaseList when value.ValueKind == JsonValueKind.Array:
                        var index = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            if (NodeConfig.GetString(item, "when") is { } when)
                            {
                                CheckExpression(node, $"{field.Key}[{index}].when", when, template: false);
                            }

                            index++;
                        }

                        break;
                }
            }
        }

        private void CheckExpression(FlowNode node, string fieldKey, string text, bool template)
        {
            if (string.IsNullOrWhiteSpace(text) || (template && !TextTemplate.HasPlaceholders(text)))
            {
                return;
            }

            var site = new ExpressionSite(node.Id, fieldKey);
            try
            {
                var parts = template
                    ? TextTemplate.Parse(text).Where(p => p.IsExpression).ToList()
                    : [new TemplatePart(text, true, 0)];
                foreach (var part in parts)
                {
                    ParsedExpression parsed;
                    try
                    {
                        parsed = expressions.Parse(part.Text, site);
                    }
                    catch (ExpressionException ex)
                    {
                        throw ex.At(site, text, part.Offset);
                    }

                    foreach (var reference in parsed.References)
                    {
                        CheckReference(node, fieldKey, reference, part.Offset + reference.Position);
                    }
                }
            }
            catch (ExpressionException ex)
            {
                Report(ValidationCode.ExpressionSyntax, $"Node '{node.DisplayName}' field '{fieldKey}': {ex.Cause}", node, fieldKey, ex.Position);
            }
        }

        private void CheckReference(FlowNode node, string fieldKey, ExpressionReference reference, int position)
        {
            var where = $"Node '{node.DisplayName}' field '{fieldKey}'";
            switch (reference.Root)
            {
                case ReferenceRoot.Steps when !_nodes.ContainsKey(reference.StepId!):
                    Report(ValidationCode.UnknownStepReference, $"{where}: [{reference.Path}] refers to step '{reference.StepId}', which does not exist.", node, fieldKey, position);
                    break;
                case ReferenceRoot.Steps when !_graph.Upstream(node.Id).Contains(reference.StepId!):
                    Report(ValidationCode.ReferenceNotUpstream, $"{where}: [{reference.Path}] reads step '{_nodes[reference.StepId!].DisplayName}', which does not run before this node.", node, fieldKey, position);
                    break;
                case ReferenceRoot.Item when !_graph.LoopBodies.Values.Any(body => body.Contains(node.Id)):
                    Report(ValidationCode.ItemOutsideLoop, $"{where}: [{reference.Path}] reads the current item, but this node is not inside a for-each branch.", node, fieldKey, position);
                    break;
                case ReferenceRoot.Vars when !IsVariableSetUpstream(node, reference.VariableName!):
                    Report(ValidationCode.VariableNotSet, $"{where}: [{reference.Path}] reads variable '{reference.VariableName}', but no Set variable node before this one sets it.", node, fieldKey, position);
                    break;
            }
        }

        private bool IsVariableSetUpstream(FlowNode node, string name) =>
            _graph.Upstream(node.Id).Any(id =>
                _nodes[id].Type == NodeTypeKeys.SetVariable
                && string.Equals(NodeConfig.GetString(_nodes[id].Config, "name"), name, StringComparison.Ordinal));
    }
}
