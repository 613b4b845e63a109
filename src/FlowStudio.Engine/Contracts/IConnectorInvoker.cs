namespace FlowStudio.Engine.Contracts;

/// <summary>
/// Calls connector operations. Implementations pass <see cref="ConnectorCall.IdempotencyKey"/> to
/// the API (Stripe's Idempotency-Key) or look up before creating, so a repeated call has no second effect.
/// Expected failures come back as <see cref="CallResult.Failed"/>, not as exceptions.
/// </summary>
public interface IConnectorInvoker
{
    Task<CallResult> InvokeAsync(ConnectorCall request, CancellationToken cancellationToken);
}
