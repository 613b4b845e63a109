namespace FlowStudio.Connectors.ZohoBooks.Auth;

/// <summary>The accounts server's answer; on failure it is HTTP 200 with only <c>error</c> set.</summary>
internal sealed record ZohoTokenResponse(string? AccessToken, string? RefreshToken, string? ApiDomain, string? TokenType, int? ExpiresIn, string? Error);
