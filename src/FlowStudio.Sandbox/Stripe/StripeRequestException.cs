namespace FlowStudio.Sandbox.Stripe;

/// <summary>Stops a handler with a Stripe error answer; <see cref="StripeApiFilter"/> writes it.</summary>
public sealed class StripeRequestException : Exception
{
    public StripeRequestException()
        : this(StripeReply.Error(500, "api_error", "An unknown error occurred"))
    {
    }

    public StripeRequestException(string message)
        : this(StripeReply.Error(400, "invalid_request_error", message))
    {
    }

    public StripeRequestException(string message, Exception innerException)
        : base(message, innerException) => Reply = StripeReply.Error(400, "invalid_request_error", message);

    public StripeRequestException(StripeReply reply)
        : base(reply?.Body.ToJsonString()) => Reply = reply ?? throw new ArgumentNullException(nameof(reply));

    public StripeReply Reply { get; }
}
