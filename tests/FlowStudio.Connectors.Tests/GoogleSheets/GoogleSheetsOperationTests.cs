using System.Net;
using System.Text.Json;
using FlowStudio.Connectors.Tests.SandboxSupport;
using FlowStudio.Sandbox.GoogleSheets;
using FlowStudio.Sandbox.GoogleSheets.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Connectors.Tests.GoogleSheets;

/// <summary>Contract tests: the real Sheets client against the Sheets sandbox, by base address only.</summary>
public sealed class GoogleSheetsOperationTests(GoogleSheetsSandboxFixture fixture) : IClassFixture<GoogleSheetsSandboxFixture>
{
    private const string Append = "google-sheets.values.append";
    private const string Get = "google-sheets.values.get";
    private const string Ledger = GoogleSheetsSandboxDemo.LedgerSpreadsheetId;

    private static readonly int[][] OneCell = [[1]];
    private static readonly string[][] Once = [["once"]];
    private static readonly string[][] OneText = [["x"]];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SheetsWorkbook Workbook => fixture.Host.SandboxServices.GetRequiredService<SheetsWorkbook>();

    [Fact]
    public async Task Append_RowsBelowTheLedgerTable_WrittenAfterTheLastRowWithAmountsExact()
    {
        var spreadsheet = await NewSpreadsheetAsync("Append test", [["Date", "Invoice", "Customer", "Amount"], ["2025-01-06", "INV-1", "Northwind", 10]]);

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Append, new { spreadsheet_id = spreadsheet, range = "Ledger!A1", values = new object[][] { ["2025-01-10", "INV-000123", "Contoso", 1500.10m], ["2025-01-11", "INV-000124", "Fabrikam", "2,000.05"] } }),
            GoogleSheetsSandboxFixture.Connection(),
            Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        output.GetProperty("table_range").GetString().ShouldBe("Ledger!A1:D2");
        output.GetProperty("updated_range").GetString().ShouldBe("Ledger!A3:D4");
        output.GetProperty("updated_rows").GetInt32().ShouldBe(2);
        output.GetProperty("updated_cells").GetInt32().ShouldBe(8);
        var grid = (await Workbook.GetAsync(spreadsheet, Ct))!.Sheets[0].Grid();
        grid.Get(2, 3)!.GetValue<decimal>().ShouldBe(1500.10m);
        grid.Get(3, 3)!.GetValue<decimal>().ShouldBe(2000.05m, "USER_ENTERED reads typed text as a number");
        grid.Get(3, 1)!.GetValue<string>().ShouldBe("INV-000124");
    }

    [Fact]
    public async Task Append_OneListOfCells_IsOneRow_AndRawKeepsText()
    {
        var spreadsheet = await NewSpreadsheetAsync("Raw test", [["Code"]]);

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Append, new { spreadsheet_id = spreadsheet, range = "Ledger", values = new object[] { "00123", "x" }, value_input_option = "RAW" }),
            GoogleSheetsSandboxFixture.Connection(),
            Ct);

        result.Output!.Value.GetProperty("updated_range").GetString().ShouldBe("Ledger!A2:B2");
        (await Workbook.GetAsync(spreadsheet, Ct))!.Sheets[0].Grid().Get(1, 0)!.GetValue<string>().ShouldBe("00123");
    }

    [Fact]
    public async Task Get_WithHeaders_ReturnsRowsAsObjects_NumbersUnformatted()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Get, new { range = "Invoices!A1:E3", first_row_headers = true }),
            GoogleSheetsSandboxFixture.Connection(defaultSpreadsheet: Ledger),
            Ct);

        result.Failure.ShouldBeNull();
        var output = result.Output!.Value;
        output.GetProperty("range").GetString().ShouldBe("Invoices!A1:E3");
        output.GetProperty("row_count").GetInt32().ShouldBe(2);
        var first = output.GetProperty("rows")[0];
        first.GetProperty("Invoice").GetString().ShouldBe("INV-000101");
        first.GetProperty("Amount").GetDecimal().ShouldBe(4250.00m);
        output.GetProperty("rows")[1].GetProperty("Amount").GetRawText().ShouldBe("1299.99");
    }

    [Fact]
    public async Task Get_FormattedValues_AreText()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Get, new { spreadsheet_id = Ledger, range = "Invoices!D2", value_render_option = "FORMATTED_VALUE" }),
            GoogleSheetsSandboxFixture.Connection(),
            Ct);

        result.Output!.Value.GetProperty("values")[0][0].ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Theory]
    [InlineData("{\"range\":\"Invoices!A1\"}", "'values' is required")]
    [InlineData("{\"range\":\"Invoices!A1\",\"values\":[[{\"a\":1}]]}", "row 1, cell 1 is an object")]
    [InlineData("{\"range\":\"Invoices!A1\",\"values\":[[1],2]}", "mixes rows and single cells")]
    [InlineData("{\"values\":[[1]]}", "'range' is required")]
    [InlineData("{\"range\":\"Invoices!A1\",\"values\":[[1]],\"value_input_option\":\"GUESS\"}", "'value_input_option' must be one of")]
    public async Task Append_BadInput_FailsPermanentlyWithoutCallingGoogle(string input, string message)
    {
        var before = fixture.Host.Calls.Count;
        var call = SandboxHost.Call(Append, new { }) with { Input = JsonDocument.Parse(input).RootElement.Clone() };

        var result = await fixture.Module.InvokeAsync(call, GoogleSheetsSandboxFixture.Connection(defaultSpreadsheet: Ledger), Ct);

        result.Failure!.Code.ShouldBe("google-sheets.invalid_input");
        result.Failure.Message.ShouldContain(message);
        fixture.Host.Calls.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Append_UnknownSheet_FailsPermanentlyWithGooglesMessage()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Append, new { spreadsheet_id = Ledger, range = "Nowhere!A1", values = OneCell }), GoogleSheetsSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeFalse();
        result.Failure.Code.ShouldBe("google-sheets.invalidArgument");
        result.Failure.Message.ShouldContain("Unable to parse range: Nowhere!A1");
    }

    [Fact]
    public async Task Get_UnknownSpreadsheet_FailsPermanentlyAsNotFound()
    {
        var result = await fixture.Module.InvokeAsync(SandboxHost.Call(Get, new { spreadsheet_id = "1missing", range = "A1" }), GoogleSheetsSandboxFixture.Connection(), Ct);

        result.Failure!.Code.ShouldBe("google-sheets.notFound");
        result.Failure.IsTransient.ShouldBeFalse();
    }

    [Fact]
    public async Task Append_ThrottledWithRetryAfter_RetriesAndWritesOnce()
    {
        var spreadsheet = await NewSpreadsheetAsync("Throttle test", [["A"]]);
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/sheets/_admin/faults", new { throttleNextRequests = 2, retryAfterSeconds = 0 });
        var before = fixture.Host.Calls.Count;

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Append, new { spreadsheet_id = spreadsheet, range = "Ledger!A1", values = Once }), GoogleSheetsSandboxFixture.Connection(), Ct);

        result.Failure.ShouldBeNull();
        fixture.Host.Calls.Skip(before).Count(c => c.Status == HttpStatusCode.TooManyRequests).ShouldBe(2);
        (await Workbook.GetAsync(spreadsheet, Ct))!.Sheets[0].Grid().RowCount.ShouldBe(2);
    }

    [Fact]
    public async Task Append_ServerErrors_AreNotRetried_AndFailTransient()
    {
        var spreadsheet = await NewSpreadsheetAsync("Outage test", [["A"]]);
        await fixture.Host.AdminSendAsync(HttpMethod.Put, "/sandbox/sheets/_admin/faults", new { failNextRequests = 1 });

        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Append, new { spreadsheet_id = spreadsheet, range = "Ledger!A1", values = OneText }), GoogleSheetsSandboxFixture.Connection(), Ct);

        result.Failure!.IsTransient.ShouldBeTrue();
        (await Workbook.GetAsync(spreadsheet, Ct))!.Sheets[0].Grid().RowCount.ShouldBe(1);
    }

    [Fact]
    public async Task Get_RevokedRefreshToken_FailsPermanentlyWithInvalidGrant()
    {
        var result = await fixture.Module.InvokeAsync(
            SandboxHost.Call(Get, new { spreadsheet_id = Ledger, range = "Invoices" }), GoogleSheetsSandboxFixture.Connection(refreshToken: "1//revoked"), Ct);

        result.Failure!.Code.ShouldBe("google-sheets.invalid_grant");
    }

    [Fact]
    public async Task Test_WithDefaultSpreadsheet_NamesItAndItsSheets()
    {
        var test = await fixture.Module.TestAsync(GoogleSheetsSandboxFixture.Connection(defaultSpreadsheet: Ledger), Ct);

        test.Succeeded.ShouldBeTrue();
        test.Message.ShouldContain("\"Finance ledger\"");
        test.Message.ShouldContain("Invoices, Payments");
    }

    [Fact]
    public void Catalog_DataCategory_AppendIsNotIdempotent()
    {
        fixture.Module.Category.ShouldBe("Data");
        fixture.Module.Operations.Single(o => o.Key == Append).Idempotency.ShouldBe(FlowStudio.Core.Catalog.IdempotencyStrategy.None);
    }

    private async Task<string> NewSpreadsheetAsync(string title, object[][] rows)
    {
        var spreadsheet = await Workbook.CreateAsync(title, ["Ledger"], Ct);
        await Workbook.UpdateAsync(
            spreadsheet.Id,
            sheets => sheets[0],
            grid =>
            {
                for (var r = 0; r < rows.Length; r++)
                {
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        grid.Set(r, c, System.Text.Json.Nodes.JsonValue.Create(rows[r][c] is int i ? (decimal)i : rows[r][c]));
                    }
                }

                return 0;
            },
            Ct);
        return spreadsheet.Id;
    }
}
