namespace FlowStudio.Sandbox.GoogleSheets;

/// <summary>The demo Google account and spreadsheet behind a one-click Google Sheets sandbox connection.</summary>
public static class GoogleSheetsSandboxDemo
{
    public const string BasePath = "/sandbox/sheets";

    /// <summary>Stands in for <c>https://oauth2.googleapis.com/token</c>.</summary>
    public const string TokenPath = "/sandbox/sheets/token";

    /// <summary>Stands in for <c>https://sheets.googleapis.com/v4/spreadsheets</c>.</summary>
    public const string ApiPath = "/sandbox/sheets/v4/spreadsheets";

    public const string ClientId = "000000000002-sandboxdemosheets.apps.googleusercontent.com";
    public const string ClientSecret = "GOCSPX-sandbox-demo-sheets-secret";
    public const string RefreshToken = "1//0sandbox-demo-sheets-refresh-token-00000000000";
    public const string Scope = "https://www.googleapis.com/auth/spreadsheets";

    /// <summary>The seeded "Finance ledger" spreadsheet (sheets Invoices and Payments).</summary>
    public const string LedgerSpreadsheetId = "1FsSandboxLedger0000000000000000000000000000";
}
