namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>Maps an error envelope to its exception by <c>code</c> first and HTTP status second; never by message text.</summary>
public static class ZohoErrorMapper
{
    public static ZohoErrorKind Classify(int code, int? httpStatus) => code switch
    {
        ZohoErrorCodes.Unauthorized or ZohoErrorCodes.OrganizationNotAssociated => ZohoErrorKind.Authentication,
        ZohoErrorCodes.DoesNotExist => ZohoErrorKind.NotFound,
        ZohoErrorCodes.InvalidValue or ZohoErrorCodes.MissingValue or ZohoErrorCodes.InvalidUrl
            or ZohoErrorCodes.MethodNotAllowed or ZohoErrorCodes.JsonNotWellFormed => ZohoErrorKind.Validation,
        ZohoErrorCodes.RateLimitPerMinute or ZohoErrorCodes.RateLimitDaily or ZohoErrorCodes.ConcurrencyLimit => ZohoErrorKind.RateLimit,
        ZohoErrorCodes.AlreadyExists or ZohoErrorCodes.InvalidStatusTransition or ZohoErrorCodes.JournalNotBalanced
            or ZohoErrorCodes.AmountExceedsBalance or ZohoErrorCodes.AmountExceedsPayment => ZohoErrorKind.BusinessRule,
        ZohoErrorCodes.InternalError => ZohoErrorKind.Transient,
        _ => httpStatus switch
        {
            401 or 403 => ZohoErrorKind.Authentication,
            404 => ZohoErrorKind.NotFound,
            429 => ZohoErrorKind.RateLimit,
            >= 500 => ZohoErrorKind.Transient,
            400 or 405 or 422 => ZohoErrorKind.Validation,
            _ => ZohoErrorKind.Unknown,
        },
    };

    public static ZohoBooksException Create(int code, int? httpStatus, string message, Exception? inner = null) => Classify(code, httpStatus) switch
    {
        ZohoErrorKind.Authentication => new ZohoBooksAuthenticationException(code, httpStatus, message, inner),
        ZohoErrorKind.NotFound => new ZohoBooksNotFoundException(code, httpStatus, message, inner),
        ZohoErrorKind.Validation => new ZohoBooksValidationException(code, httpStatus, message, inner),
        ZohoErrorKind.RateLimit => new ZohoBooksRateLimitException(code, httpStatus, message, inner),
        ZohoErrorKind.BusinessRule => new ZohoBooksBusinessRuleException(code, httpStatus, message, inner),
        ZohoErrorKind.Transient => new ZohoBooksTransientException(code, httpStatus, message, inner),
        _ => new ZohoBooksException(code, httpStatus, message, inner),
    };
}
