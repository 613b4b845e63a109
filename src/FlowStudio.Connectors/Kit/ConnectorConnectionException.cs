namespace FlowStudio.Connectors.Kit;

/// <summary>A stored connection lacks a setting the connector needs (a key, a shop domain); the message names it.</summary>
public sealed class ConnectorConnectionException : Exception
{
    public ConnectorConnectionException()
    {
    }

    public ConnectorConnectionException(string message)
        : base(message)
    {
    }

    public ConnectorConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
