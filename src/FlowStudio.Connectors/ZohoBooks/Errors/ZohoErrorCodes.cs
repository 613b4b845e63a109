namespace FlowStudio.Connectors.ZohoBooks.Errors;

/// <summary>
/// Zoho's numeric codes the client branches on. The business-rule codes (1015, 13004, 24016, 24017) are the
/// ones the sandbox ADR chose where the public docs list none; the rest are documented or observed.
/// </summary>
public static class ZohoErrorCodes
{
    public const int Success = 0;
    public const int InvalidValue = 2;
    public const int MissingValue = 4;
    public const int InvalidUrl = 5;
    public const int MethodNotAllowed = 37;
    public const int RateLimitPerMinute = 44;
    public const int RateLimitDaily = 45;
    public const int Unauthorized = 57;
    public const int InternalError = 1000;
    public const int AlreadyExists = 1001;
    public const int DoesNotExist = 1002;
    public const int InvalidStatusTransition = 1015;
    public const int JsonNotWellFormed = 1038;
    public const int ConcurrencyLimit = 1070;
    public const int OrganizationNotAssociated = 6041;
    public const int JournalNotBalanced = 13004;
    public const int AmountExceedsBalance = 24016;
    public const int AmountExceedsPayment = 24017;
}
