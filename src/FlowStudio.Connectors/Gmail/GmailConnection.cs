using FlowStudio.Connectors.Google;

namespace FlowStudio.Connectors.Gmail;

/// <summary>One Google account sending through the Gmail API. <see cref="ToString"/> masks the secrets.</summary>
public sealed class GmailConnection
{
    public required GoogleOAuthCredentials Credentials { get; init; }

    /// <summary><c>https://gmail.googleapis.com/</c> in production; the API lives at <c>gmail/v1</c> below it.</summary>
    public Uri ApiBaseUrl { get; init; } = new("https://gmail.googleapis.com/");

    /// <summary>The account's address (or a verified send-as alias); Gmail rewrites any other From.</summary>
    public string FromAddress { get; init; } = string.Empty;

    public string? FromName { get; init; }

    public override string ToString() => $"Gmail ({FromAddress}, {Credentials})";
}
