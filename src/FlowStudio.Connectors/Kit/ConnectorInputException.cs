namespace FlowStudio.Connectors.Kit;

/// <summary>A step's mapped input is missing a field or has one of the wrong kind; the message names the field.</summary>
public sealed class ConnectorInputException : Exception
{
    public ConnectorInputException()
    {
    }

    public ConnectorInputException(string message)
        : base(message)
    {
    }

    public ConnectorInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
