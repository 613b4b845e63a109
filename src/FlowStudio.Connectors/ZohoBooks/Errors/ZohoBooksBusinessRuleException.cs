namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>Zoho refused the change by an accounting rule (codes 1001, 1015, 13004, 24016, 24017).</summary>
public sealed class ZohoBooksBusinessRuleException : ZohoBooksException
{
    public ZohoBooksBusinessRuleException()
    {
    }

    public ZohoBooksBusinessRuleException(string message)
        : base(message)
    {
    }

    public ZohoBooksBusinessRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ZohoBooksBusinessRuleException(int code, int? httpStatus, string message, Exception? innerException = null)
        : base(code, httpStatus, message, innerException)
    {
    }

    public override ZohoErrorKind Kind => ZohoErrorKind.BusinessRule;
}
