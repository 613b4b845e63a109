namespace FlowStudio.Core.Catalog;

public static partial class BuiltInNodeTypes
{
    public static NodeTypeDescriptor ConnectorAction { get; } = new()
    {
        TypeKey = NodeTypeKeys.ConnectorAction,
        Category = NodeCategory.Action,
        DisplayName = "Connector action",
        Icon = "Icons.Material.Filled.Bolt",
        Description = "Calls an operation of a connected system, e.g. create an invoice in Zoho Books.",
        InputPorts = [InPort],
        OutputPorts = [OutPort, ErrorPort],
        ConfigFields =
        [
            Field("connection", "Connection", ConfigFieldType.Connection, "Account to act on.", required: true),
            Field("operation", "Operation", ConfigFieldType.ConnectorOperation, "What to do.", required: true),
            Field("inputs", "Inputs", ConfigFieldType.FieldMapping, "Operation input field → expression."),
        ],
    };

    public static NodeTypeDescriptor HttpRequest { get; } = new()
    {
        TypeKey = NodeTypeKeys.HttpRequest,
        Category = NodeCategory.Action,
        DisplayName = "HTTP request",
        Icon = "Icons.Material.Filled.Http",
        Description = "Sends an HTTP request; authentication comes from an optional connection.",
        InputPorts = [InPort],
        OutputPorts = [OutPort, ErrorPort],
        ConfigFields =
        [
            Field("connection", "Connection", ConfigFieldType.Connection, "Supplies authentication; none when empty."),
            new("method", "Method", ConfigFieldType.Select)
            {
                Required = true,
                Options = Options("GET", "POST", "PUT", "PATCH", "DELETE"),
                DefaultValue = "GET",
            },
            Field("url", "URL", ConfigFieldType.Text, "Absolute URL; {{ }} placeholders are evaluated.", required: true),
            Field("headers", "Headers", ConfigFieldType.FieldMapping, "Header name → expression."),
            Field("body", "Body", ConfigFieldType.Expression, "Request body; an object is sent as JSON."),
            Field("timeout", "Timeout", ConfigFieldType.Duration, "Per-attempt timeout, e.g. PT30S."),
        ],
    };

    public static NodeTypeDescriptor CallSubFlow { get; } = new()
    {
        TypeKey = NodeTypeKeys.CallSubFlow,
        Category = NodeCategory.Action,
        DisplayName = "Call sub-flow",
        Icon = "Icons.Material.Filled.AccountTree",
        Description = "Runs the published version of another flow with the given input.",
        InputPorts = [InPort],
        OutputPorts = [OutPort, ErrorPort],
        ConfigFields =
        [
            Field("flowId", "Flow", ConfigFieldType.Text, "Id of the flow to call.", required: true),
            Field("input", "Input", ConfigFieldType.FieldMapping, "Sub-flow trigger field → expression."),
            new("waitForCompletion", "Wait for completion", ConfigFieldType.Boolean)
            {
                DefaultValue = "true",
                HelpText = "When off, the sub-flow starts and this flow moves on at once.",
            },
        ],
    };
}
