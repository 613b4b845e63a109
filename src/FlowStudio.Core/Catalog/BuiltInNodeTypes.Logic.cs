namespace FlowStudio.Core.Catalog;

public static partial class BuiltInNodeTypes
{
    public static NodeTypeDescriptor Map { get; } = new()
    {
        TypeKey = NodeTypeKeys.Map,
        Category = NodeCategory.Logic,
        DisplayName = "Map",
        Icon = "Icons.Material.Filled.Transform",
        Description = "Builds an object from field mappings.",
        InputPorts = [InPort],
        OutputPorts = [OutPort, ErrorPort],
        ConfigFields =
        [
            Field("mappings", "Mappings", ConfigFieldType.FieldMapping, "Output field (dotted path) → expression.", required: true),
        ],
    };

    public static NodeTypeDescriptor Condition { get; } = new()
    {
        TypeKey = NodeTypeKeys.Condition,
        Category = NodeCategory.Logic,
        DisplayName = "Condition",
        Icon = "Icons.Material.Filled.CallSplit",
        Description = "Routes to true or false.",
        InputPorts = [InPort],
        OutputPorts = [new(PortNames.True, "True"), new(PortNames.False, "False"), ErrorPort],
        RequiresConnectedOutput = true,
        ConfigFields =
        [
            Field("condition", "Condition", ConfigFieldType.Expression, "Must give true or false, e.g. [trigger.body.amount] > 1000.", required: true),
        ],
    };

    public static NodeTypeDescriptor Switch { get; } = new()
    {
        TypeKey = NodeTypeKeys.Switch,
        Category = NodeCategory.Logic,
        DisplayName = "Switch",
        Icon = "Icons.Material.Filled.AltRoute",
        Description = "Routes to the first case whose condition holds, else to default.",
        InputPorts = [InPort],
        OutputPortsFromConfig = new ConfigPortSource("cases"),
        OutputPorts = [new(PortNames.Default, "Default"), ErrorPort],
        RequiresConnectedOutput = true,
        ConfigFields =
        [
            Field("cases", "Cases", ConfigFieldType.CaseList, "Each case has a port name, a label and a 'when' expression.", required: true),
        ],
    };

    public static NodeTypeDescriptor SetVariable { get; } = new()
    {
        TypeKey = NodeTypeKeys.SetVariable,
        Category = NodeCategory.Logic,
        DisplayName = "Set variable",
        Icon = "Icons.Material.Filled.DataObject",
        Description = "Stores a value that later steps read as [vars.name].",
        InputPorts = [InPort],
        OutputPorts = [OutPort],
        ConfigFields =
        [
            Field("name", "Name", ConfigFieldType.Text, "Letters, digits and underscores.", required: true),
            Field("value", "Value", ConfigFieldType.Expression, "The value to store.", required: true),
        ],
    };
}
