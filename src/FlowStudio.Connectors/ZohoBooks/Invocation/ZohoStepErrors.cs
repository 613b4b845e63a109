using System.Globalization;
using FlowStudio.Connectors.ZohoBooks.Errors;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.ZohoBooks.Invocation;

/// <summary>
/// The client's typed failures as step errors: throttling and outages are transient (a retry may help),
/// everything else permanent, each with code <c>zoho.&lt;Zoho's code&gt;</c>. Messages carry Zoho's text and
/// the operation, never a credential.
/// </summary>
internal static class ZohoStepErrors
{
    /// <summary>Waits when Zoho names none (it never sends Retry-After): per-minute window, concurrency, daily quota.</summary>
    public static readonly TimeSpan PerMinuteWait = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan ConcurrencyWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan DailyQuotaWait = TimeSpan.FromHours(1);

    public static StepError From(ZohoBooksException error, string operation) => error switch
    {
        ZohoBooksRateLimitException limited => StepError.Transient(
            $"Zoho Books throttled {operation}: {error.Message}",
            limited.RetryAfter ?? DefaultWait(error.Code),
            Code(error)),
        ZohoBooksTransientException => StepError.Transient(
            $"Zoho Books could not complete {operation} right now: {error.Message}",
            code: Code(error)),
        ZohoBooksAuthenticationException auth => StepError.Permanent(
            $"Zoho Books refused the connection for {operation}: {Explain(auth)}",
            Code(error)),
        ZohoBooksNotFoundException => StepError.Permanent($"{operation}: {error.Message}", Code(error)),
        ZohoBooksValidationException => StepError.Permanent($"Zoho Books rejected the data for {operation}: {error.Message}", Code(error)),
        ZohoBooksBusinessRuleException => StepError.Permanent($"Zoho Books refused {operation}: {error.Message}", Code(error)),
        _ => StepError.Permanent($"Zoho Books answered {operation} unexpectedly: {error.Message}", Code(error)),
    };

    /// <summary>What a person should do about a refused credential.</summary>
    public static string Explain(ZohoBooksAuthenticationException error) => error.OAuthError switch
    {
        "invalid_client" => "Zoho does not know this client id in the chosen data centre (invalid_client). Check the client id and data centre.",
        "invalid_client_secret" => "the client secret does not match the client id (invalid_client_secret).",
        "invalid_code" => "the refresh token is revoked, expired or mistyped (invalid_code). Generate a new refresh token and update the connection.",
        { } other => $"the token request was refused ({other}).",
        null when error.Code == ZohoErrorCodes.OrganizationNotAssociated =>
            $"the organisation id is not one this user belongs to ({error.Message})",
        null => $"{error.Message} Check that the refresh token has the Zoho Books scopes this operation needs.",
    };

    private static TimeSpan DefaultWait(int code) => code switch
    {
        ZohoErrorCodes.RateLimitDaily => DailyQuotaWait,
        ZohoErrorCodes.ConcurrencyLimit => ConcurrencyWait,
        _ => PerMinuteWait,
    };

    private static string Code(ZohoBooksException error) =>
        error.Code != 0 ? "zoho." + error.Code.ToString(CultureInfo.InvariantCulture)
        : error.Kind == ZohoErrorKind.Transient ? "zoho.unavailable"
        : error.HttpStatus is { } status ? "zoho.http_" + status.ToString(CultureInfo.InvariantCulture)
        : "zoho.unexpected";
}
