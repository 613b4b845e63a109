namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>The mapped input of an operation is unusable; <see cref="Problems"/> name each field and what is wrong. Nothing was sent.</summary>
public sealed class ZohoInputException : Exception
{
    public ZohoInputException()
    {
    }

    public ZohoInputException(string message)
        : base(message)
    {
    }

    public ZohoInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoInputException(string operation, IReadOnlyList<string> problems)
        : base($"Invalid input for {operation}: {string.Join("; ", problems ?? [])}.")
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
