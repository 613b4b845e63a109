namespace FlowStudio.Core.Catalog;

public enum ConnectorOperationKind
{
    /// <summary>Reads; safe to call any number of times (lists also feed poll triggers).</summary>
    DataSource,

    /// <summary>Creates or changes something in the external system.</summary>
    Action,
}
