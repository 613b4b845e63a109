namespace FlowStudio.Connectors.Salesforce;

/// <summary>The step's input cannot be sent (no query, a malformed id, fields that are not an object); nothing was called.</summary>
public sealed class SalesforceInputException : Exception
{
    public SalesforceInputException()
    {
    }

    public SalesforceInputException(string message)
        : base(message)
    {
    }

    public SalesforceInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
