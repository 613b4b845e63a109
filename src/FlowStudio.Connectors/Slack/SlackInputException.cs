namespace FlowStudio.Connectors.Slack;

/// <summary>The step's input cannot become a Slack message; nothing was sent.</summary>
public sealed class SlackInputException : Exception
{
    public SlackInputException()
    {
    }

    public SlackInputException(string message)
        : base(message)
    {
    }

    public SlackInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
