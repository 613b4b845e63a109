using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Runtime;

/// <summary>A connector stream could not be opened or read further; <see cref="Error"/> says why and whether a retry may help.</summary>
public sealed class ConnectorStreamException : Exception
{
    public ConnectorStreamException()
        : this(StepError.Permanent("The connector stream failed."))
    {
    }

    public ConnectorStreamException(string message)
        : this(StepError.Permanent(message))
    {
    }

    public ConnectorStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = StepError.Permanent(message);
    }

    public ConnectorStreamException(StepError error, Exception? innerException = null)
        : base(error?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public StepError Error { get; }
}
