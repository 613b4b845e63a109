namespace FlowStudio.Sandbox.ZohoBooks.Auth;

public sealed record ZohoTokenResponse(string AccessToken, string? RefreshToken, string ApiDomain, string TokenType, int ExpiresIn);
