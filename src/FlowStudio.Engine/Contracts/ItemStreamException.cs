using FlowStudio.Engine.Runs;

namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Thrown by an <see cref="IItemStreamSource"/> stream that cannot be opened or read further (the API refused a
/// page, the connection was deleted). The for-each step fails with <see cref="Error"/>, routable through its error port.
/// </summary>
public class ItemStreamException : Exception
{
    public ItemStreamException()
        : this(StepError.Permanent("The item stream failed."))
    {
    }

    public ItemStreamException(string message)
        : this(StepError.Permanent(message))
    {
    }

    public ItemStreamException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = StepError.Permanent(message);
    }

    public ItemStreamException(StepError error, Exception? innerException = null)
        : base(error?.Message, innerException)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public StepError Error { get; }
}
