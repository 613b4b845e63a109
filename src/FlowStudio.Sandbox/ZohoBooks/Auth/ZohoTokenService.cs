using System.Security.Cryptography;
using FlowStudio.Sandbox.ZohoBooks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.ZohoBooks.Auth;

/// <summary>Issues and checks tokens the way Zoho's accounts server does; grants live in the sandbox database.</summary>
public sealed class ZohoTokenService(ZohoSandboxDbContext db, IOptions<ZohoSandboxOptions> options, TimeProvider time)
{
    public const string Scheme = "Zoho-oauthtoken ";
    private const string AccessKind = "access";
    private const string RefreshKind = "refresh";
    private const string CodeKind = "code";

    /// <summary>Zoho's authorization codes expire after two minutes.</summary>
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);

    public async Task<bool> IsValidAccessTokenAsync(string authorization, CancellationToken cancellationToken)
    {
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = authorization[Scheme.Length..].Trim();
        var grant = await db.OAuthGrants.AsNoTracking().FirstOrDefaultAsync(g => g.Token == token && g.Kind == AccessKind, cancellationToken);
        return grant?.ExpiresAt is { } expiresAt && expiresAt > time.GetUtcNow();
    }

    public bool IsClient(string? clientId) => clientId == options.Value.ClientId;

    public bool IsSecret(string? clientSecret) => clientSecret == options.Value.ClientSecret;

    public async Task<string> CreateCodeAsync(string redirectUri, CancellationToken cancellationToken)
    {
        var code = "1000." + NewSecret();
        db.OAuthGrants.Add(new OAuthGrant
        {
            Token = code,
            Kind = CodeKind,
            ClientId = options.Value.ClientId,
            RedirectUri = redirectUri,
            IssuedAt = time.GetUtcNow(),
            ExpiresAt = time.GetUtcNow() + CodeLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return code;
    }

    public async Task<ZohoTokenResponse?> RefreshAsync(string? refreshToken, string apiDomain, CancellationToken cancellationToken)
    {
        var known = refreshToken == options.Value.RefreshToken
            || await db.OAuthGrants.AnyAsync(g => g.Token == refreshToken && g.Kind == RefreshKind, cancellationToken);
        return known ? await IssueAsync(refreshToken: null, apiDomain, cancellationToken) : null;
    }

    /// <summary>
    /// Exchanges a code once: unknown, used or expired codes answer <c>invalid_code</c>; a <paramref name="redirectUri"/>
    /// other than the one the code was issued for answers <c>invalid_redirect_uri</c> and leaves the code unused.
    /// </summary>
    public async Task<CodeExchange> ExchangeCodeAsync(string? code, string? redirectUri, string apiDomain, CancellationToken cancellationToken)
    {
        var grant = await db.OAuthGrants.FirstOrDefaultAsync(g => g.Token == code && g.Kind == CodeKind, cancellationToken);
        if (grant is null || grant.ExpiresAt <= time.GetUtcNow())
        {
            return new CodeExchange(null, "invalid_code");
        }

        if (redirectUri != grant.RedirectUri)
        {
            return new CodeExchange(null, "invalid_redirect_uri");
        }

        db.OAuthGrants.Remove(grant);
        var refresh = "1000." + NewSecret();
        db.OAuthGrants.Add(new OAuthGrant { Token = refresh, Kind = RefreshKind, ClientId = grant.ClientId, IssuedAt = time.GetUtcNow() });
        return new CodeExchange(await IssueAsync(refresh, apiDomain, cancellationToken), null);
    }

    private async Task<ZohoTokenResponse> IssueAsync(string? refreshToken, string apiDomain, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.AccessTokenLifetime;
        var access = "1000." + NewSecret();
        db.OAuthGrants.Add(new OAuthGrant
        {
            Token = access,
            Kind = AccessKind,
            ClientId = options.Value.ClientId,
            IssuedAt = time.GetUtcNow(),
            ExpiresAt = time.GetUtcNow() + lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new ZohoTokenResponse(access, refreshToken, apiDomain, "Bearer", (int)lifetime.TotalSeconds);
    }

    private static string NewSecret() =>
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>The tokens a code was exchanged for, or Zoho's <c>error</c> value.</summary>
public sealed record CodeExchange(ZohoTokenResponse? Token, string? Error);
