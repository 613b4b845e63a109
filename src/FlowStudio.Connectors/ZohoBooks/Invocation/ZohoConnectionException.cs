namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>A stored connection cannot make a client (a missing setting or secret, an unknown data centre).</summary>
public sealed class ZohoConnectionException : Exception
{
    public ZohoConnectionException()
    {
    }

    public ZohoConnectionException(string message)
        : base(message)
    {
    }

    public ZohoConnectionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
