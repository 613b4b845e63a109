namespace FlowStudio.Core.Catalog;

public static partial class BuiltInNodeTypes
{
    public static NodeTypeDescriptor ManualTrigger { get; } = new()
    {
        TypeKey = NodeTypeKeys.ManualTrigger,
        Category = NodeCategory.Trigger,
        DisplayName = "Manual trigger",
        Icon = "Icons.Material.Filled.PlayArrow",
        Description = "Starts the flow by hand or from the API with a JSON payload.",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            Field("samplePayload", "Sample payload", ConfigFieldType.Text, "JSON used when testing the flow in the designer."),
        ],
    };

    public static NodeTypeDescriptor WebhookTrigger { get; } = new()
    {
        TypeKey = NodeTypeKeys.WebhookTrigger,
        Category = NodeCategory.Trigger,
        DisplayName = "Webhook",
        Icon = "Icons.Material.Filled.Webhook",
        Description = "Starts the flow when a signed event arrives at the flow's hook URL.",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            new("provider", "Provider", ConfigFieldType.Select)
            {
                Required = true,
                Options = Options("stripe", "shopify", "hubspot", "generic"),
                HelpText = "Decides how the signature is verified and where the event id is read.",
            },
            Field("secret", "Signing secret", ConfigFieldType.Connection, "Connection holding the webhook signing secret.", required: true),
            Field("eventTypes", "Event types", ConfigFieldType.Text, "Comma-separated event types to accept, e.g. invoice.paid; empty accepts all."),
        ],
    };

    public static NodeTypeDescriptor ScheduleTrigger { get; } = new()
    {
        TypeKey = NodeTypeKeys.ScheduleTrigger,
        Category = NodeCategory.Trigger,
        DisplayName = "Schedule",
        Icon = "Icons.Material.Filled.Schedule",
        Description = "Starts the flow on a cron schedule.",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            Field("cron", "Cron expression", ConfigFieldType.Cron, "Quartz cron, e.g. 0 0 7 ? * MON-FRI for 07:00 on weekdays.", required: true),
            Field("timeZone", "Time zone", ConfigFieldType.Text, "IANA time zone, e.g. Europe/London; UTC when empty."),
        ],
    };

    public static NodeTypeDescriptor PollTrigger { get; } = new()
    {
        TypeKey = NodeTypeKeys.PollTrigger,
        Category = NodeCategory.Trigger,
        DisplayName = "Poll",
        Icon = "Icons.Material.Filled.Sync",
        Description = "Asks a connector for new records at an interval and starts one run per new record.",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            Field("connection", "Connection", ConfigFieldType.Connection, "Account to poll.", required: true),
            Field("operation", "Operation", ConfigFieldType.ConnectorOperation, "List operation that returns the records.", required: true),
            Field("interval", "Interval", ConfigFieldType.Duration, "How often to poll, e.g. PT5M.", required: true),
            Field("cursorField", "Cursor field", ConfigFieldType.Text, "Record field that orders records, e.g. last_modified_time."),
        ],
    };
}
