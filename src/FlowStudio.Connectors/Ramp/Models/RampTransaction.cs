namespace FlowStudio.Connectors.Ramp.Models;

/// <summary>A card transaction; <see cref="Amount"/> is read from Ramp's JSON number straight into a decimal.</summary>
public sealed record RampTransaction(
    string Id,
    string State,
    decimal Amount,
    string CurrencyCode,
    string? MerchantName,
    RampCardHolder? CardHolder,
    string? Memo,
    string? SkCategoryName,
    DateTimeOffset? UserTransactionTime,
    DateTimeOffset? SettlementDate);
