using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.Runtime;

/// <summary>A connector stream could not be opened or read further; <see cref="ItemStreamException.Error"/> says why and whether a retry may help.</summary>
public sealed class ConnectorStreamException : ItemStreamException
{
    public ConnectorStreamException()
    {
    }

    public ConnectorStreamException(string message)
        : base(message)
    {
    }

    public ConnectorStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorStreamException(StepError error, Exception? innerException = null)
        : base(error, innerException)
    {
    }
}
