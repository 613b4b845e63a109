using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FlowStudio.Sandbox.GoogleSheets;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Sandboxes.Sheets;

/// <summary>The Sheets sandbox mounted in the app, and the admin's pages showing the spreadsheets and a sheet's grid.</summary>
public sealed class SheetsPageTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private const string Ledger = GoogleSheetsSandboxDemo.LedgerSpreadsheetId;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SheetsPages_RowAppendedThroughTheMountedSandbox_ListedAndShownInTheGrid()
    {
        using var api = app.CreateClient();
        await AppendAsync(api, "Payments!A1", """[["2025-01-12","PAY-0042","INV-000102",1299.99]]""");
        using var admin = await AdminAsync();

        var list = await admin.GetStringAsync(new Uri("/sandboxes/sheets", UriKind.Relative), Ct);
        var grid = await admin.GetStringAsync(new Uri($"/sandboxes/sheets/{Ledger}?sheet=Payments", UriKind.Relative), Ct);

        list.ShouldContain("Finance ledger");
        list.ShouldContain($"/sandboxes/sheets/{Ledger}");
        grid.ShouldContain("data-testid=\"sheets-grid\"");
        grid.ShouldContain("PAY-0042");
        grid.ShouldContain("1,299.99");
    }

    [Fact]
    public async Task SpreadsheetPage_DefaultsToTheFirstSheet()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetStringAsync(new Uri($"/sandboxes/sheets/{Ledger}", UriKind.Relative), Ct);

        page.ShouldContain("INV-000101");
        page.ShouldContain("4,250");
    }

    [Fact]
    public async Task SpreadsheetPage_UnknownId_SaysNotFound()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetStringAsync(new Uri("/sandboxes/sheets/1nothing", UriKind.Relative), Ct);

        page.ShouldContain("data-testid=\"sheets-missing\"");
    }

    [Fact]
    public async Task SalesforceSandbox_WithoutSession_AnswersInvalidSessionId()
    {
        using var api = app.CreateClient();

        var response = await api.GetAsync(new Uri("/sandbox/salesforce/services/data/v62.0/query?q=SELECT+Id+FROM+Account", UriKind.Relative), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("INVALID_SESSION_ID");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = app.CreateBrowserClient();
        (await BrowserSession.SignInAsync(client, FlowStudioAppFactory.AdminEmail, FlowStudioAppFactory.AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    /// <summary>What any Sheets client does: refresh-token grant, then values.append.</summary>
    private static async Task AppendAsync(HttpClient api, string range, string rows)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = GoogleSheetsSandboxDemo.ClientId,
            ["client_secret"] = GoogleSheetsSandboxDemo.ClientSecret,
            ["refresh_token"] = GoogleSheetsSandboxDemo.RefreshToken,
        });
        using var tokenResponse = await api.PostAsync(new Uri(GoogleSheetsSandboxDemo.TokenPath, UriKind.Relative), form, Ct);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("access_token").GetString();
        var path = $"{GoogleSheetsSandboxDemo.ApiPath}/{Ledger}/values/{Uri.EscapeDataString(range)}:append?valueInputOption=USER_ENTERED";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(new { values = JsonDocument.Parse(rows).RootElement }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var appended = await api.SendAsync(request, Ct);
        appended.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
