namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>The step's input cannot be sent (no spreadsheet, no range, a row that is not a list); nothing was written.</summary>
public sealed class GoogleSheetsInputException : Exception
{
    public GoogleSheetsInputException()
    {
    }

    public GoogleSheetsInputException(string message)
        : base(message)
    {
    }

    public GoogleSheetsInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
