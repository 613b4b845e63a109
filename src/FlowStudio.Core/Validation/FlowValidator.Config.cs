using System.Globalization;
using System.Text.Json;
using System.Xml;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Flows;

namespace FlowStudio.Core.Validation;

public sealed partial class FlowValidator
{
    private sealed partial class Pass
    {
        private void CheckConfig(FlowNode node, NodeTypeDescriptor type)
        {
            foreach (var field in type.ConfigFields)
            {
                if (!NodeConfig.HasValue(node.Config, field.Key))
                {
                    if (IsRequired(node, type, field))
                    {
                        Report(ValidationCode.MissingRequiredConfig, $"Node '{node.DisplayName}': '{field.Label}' is required.", node, field.Key);
                    }

                    continue;
                }

                var problem = CheckValue(field, NodeConfig.Get(node.Config, field.Key)!.Value);
                if (problem is not null)
                {
                    Report(ValidationCode.InvalidConfigValue, $"Node '{node.DisplayName}': '{field.Label}' {problem}", node, field.Key);
                }
                else if (field.FieldType == ConfigFieldType.ConnectorOperation)
                {
                    CheckOperation(node, field);
                }
            }
        }

        private static bool IsRequired(FlowNode node, NodeTypeDescriptor type, ConfigFieldDescriptor field) =>
            field.Required
            || (field.RequiredWhen is { } when
                && (NodeConfig.GetString(node.Config, when.FieldKey) ?? type.FindField(when.FieldKey)?.DefaultValue) == when.Value);

        private void CheckOperation(FlowNode node, ConfigFieldDescriptor field)
        {
            var key = NodeConfig.GetString(node.Config, field.Key)!;
            var connector = key.Split('.')[0];
            if (catalog.HasConnector(connector) && catalog.FindOperation(key) is null)
            {
                Report(ValidationCode.UnknownConnectorOperation, $"Node '{node.DisplayName}': connector '{connector}' has no operation '{key}'.", node, field.Key);
            }
        }

        private static string? CheckValue(ConfigFieldDescriptor field, JsonElement value) => field.FieldType switch
        {
            ConfigFieldType.Number => CheckNumber(field, value),
            ConfigFieldType.Boolean => value.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : "must be true or false.",
            ConfigFieldType.Select => value.ValueKind == JsonValueKind.String && field.Options.Any(o => o.Value == value.GetString())
                ? null
                : $"must be one of {string.Join(", ", field.Options.Select(o => o.Value))}, not {value.GetRawText()}.",
            ConfigFieldType.Duration => value.ValueKind == JsonValueKind.String && IsDuration(value.GetString()!)
                ? null
                : $"must be an ISO 8601 duration such as PT15M or P3D, not {value.GetRawText()}.",
            ConfigFieldType.Cron => value.ValueKind == JsonValueKind.String && value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is >= 6 and <= 7
                ? null
                : "must be a Quartz cron expression with 6 or 7 fields, e.g. 0 0 7 ? * MON-FRI.",
            ConfigFieldType.FieldMapping => value.ValueKind == JsonValueKind.Object && value.EnumerateObject().All(p => p.Value.ValueKind == JsonValueKind.String)
                ? null
                : "must map each field name to an expression.",
            ConfigFieldType.CaseList => CheckCases(value),
            _ => value.ValueKind == JsonValueKind.String ? null : $"must be text, not {value.ValueKind}.",
        };

        private static string? CheckNumber(ConfigFieldDescriptor field, JsonElement value)
        {
            decimal number;
            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var parsed))
            {
                number = parsed;
            }
            else if (value.ValueKind == JsonValueKind.String && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out parsed))
            {
                number = parsed;
            }
            else
            {
                return $"must be a number, not {value.GetRawText()}.";
            }

            return (field.Minimum, field.Maximum) switch
            {
                ({ } min, _) when number < min => $"must be at least {min}.",
                (_, { } max) when number > max => $"must be at most {max}.",
                _ => null,
            };
        }

        private static bool IsDuration(string text)
        {
            try
            {
                return XmlConvert.ToTimeSpan(text) > TimeSpan.Zero;
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static string? CheckCases(JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                return "must be a list of cases.";
            }

            var names = new HashSet<string>(StringComparer.Ordinal) { PortNames.Default, PortNames.Error };
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var name = NodeConfig.GetString(item, "name");
                if (string.IsNullOrWhiteSpace(name))
                {
                    return $"case {index + 1} has no name.";
                }

                if (!names.Add(name))
                {
                    return $"case {index + 1} is named '{name}', which is already used; names must be unique and not 'default' or 'error'.";
                }

                if (string.IsNullOrWhiteSpace(NodeConfig.GetString(item, "when")))
                {
                    return $"case '{name}' has no 'when' expression.";
                }

                index++;
            }

            return null;
        }
    }
}
