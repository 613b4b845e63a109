using FlowStudio.Connectors.Kit;

namespace FlowStudio.Connectors.Stripe;

/// <summary>
/// Stripe's error object: <see cref="Type"/> (api_error, card_error, idempotency_error, invalid_request_error),
/// <see cref="ConnectorApiException.ErrorCode"/> (resource_missing, card_declined, rate_limit …) and <see cref="Param"/>.
/// </summary>
public sealed class StripeException : ConnectorApiException
{
    public StripeException()
    {
    }

    public StripeException(string message)
        : base(message)
    {
    }

    public StripeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StripeException(string message, int? httpStatus, string? type, string? code, string? param, string? declineCode, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, httpStatus, code ?? type, retryAfter, innerException)
    {
        Type = type;
        Param = param;
        DeclineCode = declineCode;
    }

    public string? Type { get; }

    public string? Param { get; }

    public string? DeclineCode { get; }

    public bool IsCardError => Type == "card_error";

    public bool IsIdempotencyError => Type == "idempotency_error";

    public bool IsAuthentication => HttpStatus == 401;
}
