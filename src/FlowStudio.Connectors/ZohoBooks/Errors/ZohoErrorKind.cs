namespace FlowStudio.Connectors.ZohoBooks.Errors;

public enum ZohoErrorKind
{
    Unknown,
    Authentication,
    NotFound,
    Validation,
    RateLimit,
    BusinessRule,
    Transient,
}
