namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>
/// Zoho's numeric error codes. 2, 5, 37, 44, 45, 57, 1000, 1002, 1070 and 6041 are documented or observed
/// from the real API; the business-rule codes below the line are sandbox choices (the public docs list
/// none), kept here so a client maps them in one place.
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
    public const int JsonNotWellFormed = 1038;
    public const int ConcurrencyLimit = 1070;
    public const int OrganizationNotAssociated = 6041;

    public const int InvalidStatusTransition = 1015;
    public const int AmountExceedsBalance = 24016;
    public const int AmountExceedsPayment = 24017;
    public const int JournalNotBalanced = 13004;
}
