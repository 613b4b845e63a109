namespace FlowStudio.Infrastructure.Identity;

public sealed record UserSummary(
    string Id,
    string Email,
    string DisplayName,
    string? Role,
    bool IsDisabled,
    DateTimeOffset? LockedOutUntil,
    DateTimeOffset CreatedAt);
