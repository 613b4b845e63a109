using FlowStudio.Connectors.Google;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>One Google account reaching spreadsheets through the Sheets API v4. <see cref="ToString"/> masks the secrets.</summary>
public sealed class GoogleSheetsConnection
{
    public required GoogleOAuthCredentials Credentials { get; init; }

    /// <summary><c>https://sheets.googleapis.com/</c> in production; the API lives at <c>v4/spreadsheets</c> below it.</summary>
    public Uri ApiBaseUrl { get; init; } = new("https://sheets.googleapis.com/");

    /// <summary>Used when a step names no spreadsheet, and by "test connection".</summary>
    public string? DefaultSpreadsheetId { get; init; }

    public override string ToString() => $"Google Sheets ({Credentials})";
}
