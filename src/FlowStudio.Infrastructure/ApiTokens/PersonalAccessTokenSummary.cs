namespace FlowStudio.Infrastructure.ApiTokens;

/// <summary>What a person may see about one of their tokens: never the secret or its hash.</summary>
public sealed record PersonalAccessTokenSummary(
    Guid Id,
    string Name,
    string Prefix,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
