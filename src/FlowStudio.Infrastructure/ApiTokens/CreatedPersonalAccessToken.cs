namespace FlowStudio.Infrastructure.ApiTokens;

/// <summary>The result of creating a token: <see cref="Secret"/> is the only time the plaintext exists.</summary>
public sealed record CreatedPersonalAccessToken(PersonalAccessTokenSummary Token, string Secret);
