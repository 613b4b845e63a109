using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Google;
using FlowStudio.Sandbox.GoogleSheets.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FlowStudio.Sandbox.GoogleSheets.Api;

/// <summary>
/// <c>spreadsheets.create</c>, <c>.get</c>, <c>.values.get</c> and <c>.values.append</c> of the Sheets API v4 for the demo
/// account, behind Google's OAuth bearer check and error envelope.
/// </summary>
public static class SheetsApiEndpoints
{
    public static void MapSheetsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithName("SheetsSandboxCreate");
        api.MapGet("/{spreadsheetId}", GetSpreadsheetAsync).WithName("SheetsSandboxGet");
        api.MapGet("/{spreadsheetId}/values/{range}", GetValuesAsync).WithName("SheetsSandboxValuesGet");

        // ":append" follows the range in the same path segment, so the segment is split by hand.
        api.MapPost("/{spreadsheetId}/values/{rangeAndMethod}", SheetsAppendEndpoint.AppendAsync).WithName("SheetsSandboxValuesAppend");
    }

    /// <summary>Faults first, then the bearer token — Google's order.</summary>
    public static IResult? Guard(HttpContext http, GoogleSandboxTokens tokens, SheetsFaults faults)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.Next(http) is { } fault)
        {
            return fault;
        }

        return tokens.IsValid(http.Request.Headers.Authorization.ToString(), GoogleSheetsSandboxDemo.ClientId) ? null : GoogleErrors.Unauthenticated();
    }

    public static IResult NotFound(string spreadsheetId) => GoogleErrors.NotFound($"Requested entity was not found. (spreadsheet {spreadsheetId})");

    /// <summary>The sheet a range names (the first sheet when it names none), or null.</summary>
    public static SandboxSheet? PickSheet(IReadOnlyList<SandboxSheet> sheets, A1Range range) =>
        range.Sheet is null ? (sheets.Count > 0 ? sheets[0] : null) : sheets.FirstOrDefault(s => string.Equals(s.Title, range.Sheet, StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> CreateAsync(HttpContext http, SheetsWorkbook workbook, GoogleSandboxTokens tokens, SheetsFaults faults, CancellationToken cancellationToken)
    {
        if (Guard(http, tokens, faults) is { } refused)
        {
            return refused;
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException)
        {
            return GoogleErrors.BadRequest("Invalid JSON payload received.", "parseError");
        }

        var title = body?["properties"]?["title"]?.GetValue<string>() ?? "Untitled spreadsheet";
        var sheetTitles = (body?["sheets"] as JsonArray ?? [])
            .Select(s => s?["properties"]?["title"]?.GetValue<string>())
            .OfType<string>()
            .ToList();
        if (sheetTitles.Distinct(StringComparer.OrdinalIgnoreCase).Count() != sheetTitles.Count)
        {
            return GoogleErrors.BadRequest("Invalid requests: sheet titles must be unique.");
        }

        return TypedResults.Ok(Describe(await workbook.CreateAsync(title, sheetTitles, cancellationToken), http));
    }

    private static async Task<IResult> GetSpreadsheetAsync(string spreadsheetId, HttpContext http, SheetsWorkbook workbook, GoogleSandboxTokens tokens, SheetsFaults faults, CancellationToken cancellationToken)
    {
        if (Guard(http, tokens, faults) is { } refused)
        {
            return refused;
        }

        return await workbook.GetAsync(spreadsheetId, cancellationToken) is { } spreadsheet ? TypedResults.Ok(Describe(spreadsheet, http)) : NotFound(spreadsheetId);
    }

    private static async Task<IResult> GetValuesAsync(
        string spreadsheetId,
        string range,
        string? majorDimension,
        string? valueRenderOption,
        HttpContext http,
        SheetsWorkbook workbook,
        GoogleSandboxTokens tokens,
        SheetsFaults faults,
        CancellationToken cancellationToken)
    {
        if (Guard(http, tokens, faults) is { } refused)
        {
            return refused;
        }

        var render = valueRenderOption ?? "FORMATTED_VALUE";
        var dimension = majorDimension ?? "ROWS";
        if (!SheetsCellValues.RenderOptions.Contains(render))
        {
            return GoogleErrors.BadRequest($"Invalid value at 'value_render_option' (type.googleapis.com/google.apps.sheets.v4.ValueRenderOption), \"{render}\"");
        }

        if (dimension is not ("ROWS" or "COLUMNS"))
        {
            return GoogleErrors.BadRequest($"Invalid value at 'major_dimension' (type.googleapis.com/google.apps.sheets.v4.Dimension), \"{dimension}\"");
        }

        if (await workbook.GetAsync(spreadsheetId, cancellationToken) is not { } spreadsheet)
        {
            return NotFound(spreadsheetId);
        }

        if (A1Range.TryParse(range) is not { } a1 || PickSheet(spreadsheet.Sheets, a1) is not { } sheet)
        {
            return GoogleErrors.BadRequest("Unable to parse range: " + range);
        }

        var grid = sheet.Grid();
        var lastRow = Math.Min(a1.EndRow ?? int.MaxValue, grid.RowCount - 1);
        var lastColumn = Math.Min(a1.EndColumn ?? int.MaxValue, grid.ColumnCount - 1);
        var rows = new List<List<JsonNode?>>();
        for (var r = a1.StartRow; r <= lastRow; r++)
        {
            var row = new List<JsonNode?>();
            for (var c = a1.StartColumn; c <= lastColumn; c++)
            {
                row.Add(SheetsCellValues.Render(grid.Get(r, c), render));
            }

            rows.Add(row);
        }

        var values = Trim(dimension == "ROWS" ? rows : Transpose(rows));
        var body = new JsonObject
        {
            ["range"] = A1Range.Format(sheet.Title, a1.StartColumn, a1.StartRow, a1.EndColumn ?? Math.Max(25, lastColumn), a1.EndRow ?? Math.Max(999, lastRow)),
            ["majorDimension"] = dimension,
        };
        if (values.Count > 0)
        {
            body["values"] = new JsonArray([.. values.Select(v => (JsonNode?)new JsonArray([.. v]))]);
        }

        return TypedResults.Json(body);
    }

    /// <summary>Google leaves out trailing empty cells of each row and trailing empty rows.</summary>
    private static List<List<JsonNode?>> Trim(List<List<JsonNode?>> lines)
    {
        foreach (var line in lines)
        {
            while (line.Count > 0 && SheetGrid.IsEmpty(line[^1]))
            {
                line.RemoveAt(line.Count - 1);
            }

            for (var i = 0; i < line.Count; i++)
            {
                line[i] ??= JsonValue.Create(string.Empty);
            }
        }

        while (lines.Count > 0 && lines[^1].Count == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<List<JsonNode?>> Transpose(List<List<JsonNode?>> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        return [.. Enumerable.Range(0, width).Select(c => rows.Select(r => c < r.Count ? r[c]?.DeepClone() : null).ToList())];
    }

    private static JsonObject Describe(SandboxSpreadsheet spreadsheet, HttpContext http) => new()
    {
        ["spreadsheetId"] = spreadsheet.Id,
        ["properties"] = new JsonObject { ["title"] = spreadsheet.Title, ["locale"] = "en_US", ["timeZone"] = "Etc/GMT" },
        ["sheets"] = new JsonArray([.. spreadsheet.Sheets.Select(s => (JsonNode?)new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["sheetId"] = s.SheetId,
                ["title"] = s.Title,
                ["index"] = s.Index,
                ["sheetType"] = "GRID",
                ["gridProperties"] = new JsonObject { ["rowCount"] = Math.Max(1000, s.Grid().RowCount), ["columnCount"] = Math.Max(26, s.Grid().ColumnCount) },
            },
        })]),
        ["spreadsheetUrl"] = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/sandboxes/sheets/{spreadsheet.Id}",
    };
}
