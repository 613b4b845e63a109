using FlowStudio.Infrastructure.Identity;

namespace FlowStudio.Infrastructure.ApiTokens;

/// <summary>
/// A personal access token for the REST API. Only a SHA-256 hash of the secret is stored; the
/// plaintext is shown once, at creation. <see cref="Prefix"/> lets a person recognise a token in lists.
/// </summary>
public sealed class PersonalAccessToken
{
    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public ApplicationUser? User { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
