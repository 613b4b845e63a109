namespace FlowStudio.Core.Catalog;

public static partial class BuiltInNodeTypes
{
    public static NodeTypeDescriptor ForEach { get; } = new()
    {
        TypeKey = NodeTypeKeys.ForEach,
        Category = NodeCategory.FlowControl,
        DisplayName = "For each",
        Icon = "Icons.Material.Filled.Repeat",
        Description = "Runs the per-item branch for every item ([item.x] inside it), then continues at done.",
        InputPorts = [InPort, new(PortNames.Loop, "Next item")],
        OutputPorts = [new(PortNames.Item, "Each item", Required: true), new(PortNames.Done, "Done"), ErrorPort],
        ConfigFields =
        [
            Field("items", "Items", ConfigFieldType.Expression, "An array, e.g. [trigger.body.line_items].", required: true),
            new("parallelism", "Parallelism", ConfigFieldType.Number)
            {
                DefaultValue = "1",
                Minimum = 1,
                Maximum = 32,
                HelpText = "How many items run at the same time.",
            },
        ],
    };

    public static NodeTypeDescriptor Merge { get; } = new()
    {
        TypeKey = NodeTypeKeys.Merge,
        Category = NodeCategory.FlowControl,
        DisplayName = "Merge",
        Icon = "Icons.Material.Filled.MergeType",
        Description = "Joins branches back into one path.",
        InputPorts = [InPort],
        OutputPorts = [OutPort],
    };

    public static NodeTypeDescriptor Delay { get; } = new()
    {
        TypeKey = NodeTypeKeys.Delay,
        Category = NodeCategory.FlowControl,
        DisplayName = "Delay",
        Icon = "Icons.Material.Filled.HourglassBottom",
        Description = "Parks the run for a duration or until a point in time.",
        InputPorts = [InPort],
        OutputPorts = [OutPort],
        ConfigFields =
        [
            new("mode", "Wait", ConfigFieldType.Select)
            {
                Required = true,
                Options = [new("duration", "For a duration"), new("until", "Until a time")],
                DefaultValue = "duration",
            },
            new("duration", "Duration", ConfigFieldType.Duration)
            {
                RequiredWhen = new FieldCondition("mode", "duration"),
                HelpText = "e.g. PT1H or P3D.",
            },
            new("until", "Until", ConfigFieldType.Expression)
            {
                RequiredWhen = new FieldCondition("mode", "until"),
                HelpText = "A date or timestamp, e.g. ADDDAYS([trigger.body.due_date], 3).",
            },
        ],
    };

    public static NodeTypeDescriptor Stop { get; } = new()
    {
        TypeKey = NodeTypeKeys.Stop,
        Category = NodeCategory.FlowControl,
        DisplayName = "Stop",
        Icon = "Icons.Material.Filled.StopCircle",
        Description = "Ends the run successfully.",
        InputPorts = [InPort],
    };

    public static NodeTypeDescriptor Fail { get; } = new()
    {
        TypeKey = NodeTypeKeys.Fail,
        Category = NodeCategory.FlowControl,
        DisplayName = "Fail",
        Icon = "Icons.Material.Filled.Error",
        Description = "Ends the run as failed with a message.",
        InputPorts = [InPort],
        ConfigFields =
        [
            Field("message", "Message", ConfigFieldType.Text, "Shown in run history; {{ }} placeholders are evaluated.", required: true),
        ],
    };

    public static NodeTypeDescriptor WaitForApproval { get; } = new()
    {
        TypeKey = NodeTypeKeys.WaitForApproval,
        Category = NodeCategory.Human,
        DisplayName = "Wait for approval",
        Icon = "Icons.Material.Filled.HowToReg",
        Description = "Parks the run until someone with the approver role approves or rejects.",
        InputPorts = [InPort],
        OutputPorts =
        [
            new(PortNames.Approved, "Approved", Required: true),
            new(PortNames.Rejected, "Rejected"),
            new(PortNames.TimedOut, "Timed out"),
        ],
        ConfigFields =
        [
            new("approverRole", "Approver role", ConfigFieldType.Select)
            {
                Required = true,
                Options = Options("Reviewer", "Admin", "Designer"),
            },
            Field("message", "Message", ConfigFieldType.Text, "What the approver sees; {{ }} placeholders are evaluated."),
            Field("timeout", "Timeout", ConfigFieldType.Duration, "After this the run continues at timed out, e.g. P2D."),
        ],
    };
}
