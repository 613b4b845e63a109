namespace FlowStudio.Core.Catalog;

public enum ConfigFieldType
{
    /// <summary>Plain text; <c>{{ expression }}</c> placeholders are evaluated.</summary>
    Text,
    Number,
    Expression,
    Select,
    Connection,
    ConnectorOperation,

    /// <summary>A JSON object of target field → expression.</summary>
    FieldMapping,
    LookupTable,

    /// <summary>ISO 8601 duration, e.g. <c>PT15M</c> or <c>P3D</c>.</summary>
    Duration,
    Cron,
    Boolean,

    /// <summary>A JSON array of cases <c>{ "name", "label", "when" }</c>; each becomes an output port.</summary>
    CaseList,
}
