namespace FlowStudio.Connectors.Ramp.Models;

public sealed record RampReimbursement(
    string Id,
    decimal Amount,
    string Currency,
    string? Merchant,
    string? Memo,
    string State,
    string? UserId,
    string? UserFullName,
    string? UserEmail,
    string? TransactionDate,
    DateTimeOffset? CreatedAt);
