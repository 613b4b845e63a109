namespace FlowStudio.Connectors.Runtime;

/// <summary>The outcome of "test connection": what was reached (e.g. the organisation name) or why not.</summary>
public sealed record ConnectionTestResult(bool Succeeded, string Message)
{
    public static ConnectionTestResult Success(string message) => new(true, message);

    public static ConnectionTestResult Failure(string message) => new(false, message);
}
