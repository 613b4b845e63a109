using System.Security.Cryptography;
using System.Text;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Data;
using FlowStudio.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.ApiTokens;

/// <summary>Creates, lists, revokes and validates personal access tokens; creation and revocation are audited.</summary>
public sealed class PersonalAccessTokens(IDbContextFactory<FlowStudioDbContext> contextFactory, AuditLog audit, TimeProvider clock)
{
    public const string SecretPrefix = "fsp_";
    public const int MaxActiveTokensPerUser = 20;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<CreatedPersonalAccessToken> CreateAsync(
        string userId, string name, DateTimeOffset? expiresAt, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            throw new ArgumentException("Give the token a name of 1 to 100 characters.", nameof(name));
        }

        var now = clock.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new ArgumentException("The expiry date must be in the future.", nameof(expiresAt));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.Set<PersonalAccessToken>()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.ExpiresAt).ToListAsync(cancellationToken);
        if (active.Count(e => e is null || e > now) >= MaxActiveTokensPerUser)
        {
            throw new InvalidOperationException($"You already have {MaxActiveTokensPerUser} active tokens; revoke one first.");
        }

        var secret = SecretPrefix + RandomNumberGenerator.GetString(Alphabet, 40);
        var token = new PersonalAccessToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Prefix = secret[..10],
            SecretHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        db.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        var summary = Summarize(token);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.TokenCreated, $"Created API token '{name}' ({token.Prefix}…)", "PersonalAccessToken", token.Id.ToString(),
            After: summary), cancellationToken);
        return new CreatedPersonalAccessToken(summary, secret);
    }

    public async Task<IReadOnlyList<PersonalAccessTokenSummary>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tokens = await db.Set<PersonalAccessToken>().AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return tokens.Select(Summarize).ToList();
    }

    /// <summary>Revokes one of <paramref name="userId"/>'s tokens; false when it is not theirs or already revoked.</summary>
    public async Task<bool> RevokeAsync(string userId, Guid tokenId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.Set<PersonalAccessToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        var before = Summarize(token);
        token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.TokenRevoked, $"Revoked API token '{token.Name}' ({token.Prefix}…)", "PersonalAccessToken", token.Id.ToString(),
            before, Summarize(token)), cancellationToken);
        return true;
    }

    /// <summary>The enabled user a presented secret belongs to, or null when it is unknown, revoked or expired.</summary>
    public async Task<ApplicationUser?> ValidateAsync(string secret, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }

        var hash = Hash(secret);
        var now = clock.GetUtcNow();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.Set<PersonalAccessToken>().Include(t => t.User)
            .SingleOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        if (token?.User is null || token.RevokedAt is not null || token.ExpiresAt <= now || token.User.IsDisabled)
        {
            return null;
        }

        // Recording every call would turn each API read into a write; minute resolution is enough to spot stale tokens.
        if (token.LastUsedAt is null || now - token.LastUsedAt > LastUsedResolution)
        {
            token.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token.User;
    }

    private static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static PersonalAccessTokenSummary Summarize(PersonalAccessToken t) =>
        new(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt);
}
