using System.Collections.Immutable;

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
        Description = "Starts the flow when a signed event arrives at the flow's hook URL (/hooks/{key}, shown once published).",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            new("provider", "Signature scheme", ConfigFieldType.Select)
            {
                Required = true,
                Options = WebhookSchemes,
                DefaultValue = "stripe",
                HelpText = "How a delivery proves it came from the sender; also where the event id (the duplicate check) is read.",
            },
            new("secret", "Signing secret", ConfigFieldType.Connection)
            {
                HelpText = "Connection holding the webhook signing secret (Stripe whsec_…, Shopify or HubSpot app secret, or a Webhook connection). Not needed for \"none\".",
            },
            Field("eventTypes", "Event types", ConfigFieldType.Text, "Comma-separated event types to accept, e.g. payment_intent.succeeded; empty accepts all."),
            new("signatureHeader", "Signature header", ConfigFieldType.Text)
            {
                RequiredWhen = new FieldCondition("provider", "generic"),
                DefaultValue = "X-Signature",
                HelpText = "Generic HMAC or Ramp: the request header carrying the signature (Ramp's defaults to X-Ramp-Webhook-Signature, unverified: set it if Ramp's differs).",
            },
            new("algorithm", "HMAC algorithm", ConfigFieldType.Select)
            {
                Options = [new("sha256", "HMAC-SHA256"), new("sha1", "HMAC-SHA1"), new("sha512", "HMAC-SHA512")],
                DefaultValue = "sha256",
                HelpText = "Generic HMAC: the hash the sender uses.",
            },
            new("encoding", "Signature encoding", ConfigFieldType.Select)
            {
                Options = [new("hex", "Hex"), new("base64", "Base64")],
                DefaultValue = "hex",
                HelpText = "Generic HMAC: how the signature is written; a prefix such as sha256= is ignored.",
            },
            new("secretHeader", "Secret header", ConfigFieldType.Text)
            {
                RequiredWhen = new FieldCondition("provider", "static"),
                DefaultValue = "X-Webhook-Secret",
                HelpText = "Static secret: the header whose value must equal the stored secret.",
            },
            Field("eventIdPath", "Event id field", ConfigFieldType.Text, "Generic and static: JSON property holding the event id, e.g. id; a hash of the body when empty."),
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
            new("misfire", "When a fire was missed", ConfigFieldType.Select)
            {
                Options = [new("fire-once", "Run once as soon as possible"), new("skip", "Skip it and wait for the next time")],
                DefaultValue = "fire-once",
                HelpText = "What happens when the server was down or paused at a scheduled time.",
            },
        ],
    };

    public static NodeTypeDescriptor PollTrigger { get; } = new()
    {
        TypeKey = NodeTypeKeys.PollTrigger,
        Category = NodeCategory.Trigger,
        DisplayName = "Poll",
        Icon = "Icons.Material.Filled.Sync",
        Description = "Asks a connector for new or changed records at an interval and starts one run per new record version.",
        OutputPorts = [OutPort],
        ConfigFields =
        [
            Field("connection", "Connection", ConfigFieldType.Connection, "Account to poll.", required: true),
            Field("operation", "Operation", ConfigFieldType.ConnectorOperation, "List operation that returns the records.", required: true),
            Field("interval", "Interval", ConfigFieldType.Duration, "How often to poll, e.g. PT5M.", required: true),
            Field("cursorField", "Cursor field", ConfigFieldType.Text, "Record field that orders records by change, e.g. SystemModstamp or last_modified_time."),
            Field("idField", "Record id field", ConfigFieldType.Text, "Record field holding its id, e.g. Id or contact_id; \"id\" when empty."),
            Field("input", "Operation input", ConfigFieldType.Text,
                "JSON input for the operation; {watermark} is replaced by the last change seen (ISO 8601 UTC), e.g. a SOQL filter SystemModstamp >= {watermark} (inclusive: records seen again start nothing)."),
            Field("lookback", "Look back", ConfigFieldType.Text,
                "ISO 8601 duration each poll reads before the watermark, for sources whose records show up late or compare exclusively (Ramp clearing: P3D; Coupa updated-at[gt]: PT1S). Empty: none."),
            Field("backfillFrom", "Backfill from", ConfigFieldType.Text, "ISO 8601 date to start from on first activation (e.g. 2025-01-01); empty starts from now."),
        ],
    };

    private static ImmutableArray<SelectOption> WebhookSchemes =>
    [
        new("stripe", "Stripe (Stripe-Signature)"),
        new("shopify", "Shopify (X-Shopify-Hmac-Sha256)"),
        new("hubspot", "HubSpot v3 (X-HubSpot-Signature-v3)"),
        new("ramp", "Ramp (X-Ramp-Webhook-Signature, header configurable)"),
        new("generic", "Generic HMAC"),
        new("static", "Static secret header"),
        new("none", "None (anyone with the URL)"),
    ];
}
