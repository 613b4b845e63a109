using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Sandbox.Google;
using FlowStudio.Sandbox.GoogleSheets.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FlowStudio.Sandbox.GoogleSheets.Api;

/// <summary>
/// <c>POST spreadsheets/{id}/values/{range}:append?valueInputOption=…&amp;insertDataOption=…</c> with
/// <c>{"range","majorDimension":"ROWS","values":[[…]]}</c>: finds the table at the range (the rows with data from
/// its top-left down), writes the rows below it and answers
/// <c>{"spreadsheetId","tableRange","updates":{"updatedRange","updatedRows","updatedColumns","updatedCells"}}</c>.
/// </summary>
public static class SheetsAppendEndpoint
{
    private const string AppendSuffix = ":append";

    public static async Task<IResult> AppendAsync(
        string spreadsheetId,
        string rangeAndMethod,
        string? valueInputOption,
        string? insertDataOption,
        HttpContext http,
        SheetsWorkbook workbook,
        GoogleSandboxTokens tokens,
        SheetsFaults faults,
        GoogleMinuteLimiter limiter,
        IOptions<GoogleSheetsSandboxOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rangeAndMethod);
        ArgumentNullException.ThrowIfNull(options);
        if (!rangeAndMethod.EndsWith(AppendSuffix, StringComparison.Ordinal))
        {
            return GoogleErrors.Error(404, "NOT_FOUND", "notFound", "The requested URL was not found on this server.");
        }

        if (SheetsApiEndpoints.Guard(http, tokens, faults) is { } refused)
        {
            return refused;
        }

        if (options.Value.RateLimitEnabled && limiter.TryAcquire("sheets:writes", options.Value.WritesPerMinute) is { } wait)
        {
            return GoogleErrors.RateLimited(http, "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute' of service 'sheets.googleapis.com'.", wait);
        }

        if (string.IsNullOrEmpty(valueInputOption))
        {
            return GoogleErrors.BadRequest("'valueInputOption' is required but not specified");
        }

        if (!SheetsCellValues.InputOptions.Contains(valueInputOption))
        {
            return GoogleErrors.BadRequest($"Invalid value at 'value_input_option' (type.googleapis.com/google.apps.sheets.v4.ValueInputOption), \"{valueInputOption}\"");
        }

        if (insertDataOption is not (null or "INSERT_ROWS" or "OVERWRITE"))
        {
            return GoogleErrors.BadRequest($"Invalid value at 'insert_data_option' (type.googleapis.com/google.apps.sheets.v4.InsertDataOption), \"{insertDataOption}\"");
        }

        var range = rangeAndMethod[..^AppendSuffix.Length];
        if (A1Range.TryParse(range) is not { } a1)
        {
            return GoogleErrors.BadRequest("Unable to parse range: " + range);
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

        if (ReadRows(body, valueInputOption == "USER_ENTERED", out var error) is not { } rows)
        {
            return GoogleErrors.BadRequest(error!);
        }

        if (await workbook.GetAsync(spreadsheetId, cancellationToken) is null)
        {
            return SheetsApiEndpoints.NotFound(spreadsheetId);
        }

        var outcome = await workbook.UpdateAsync(spreadsheetId, sheets => SheetsApiEndpoints.PickSheet(sheets, a1), grid => Append(grid, a1, rows), cancellationToken);
        if (outcome is not { } done)
        {
            return GoogleErrors.BadRequest("Unable to parse range: " + range);
        }

        var (sheet, (tableEnd, tableStartRow, writtenAt, width)) = done;
        var updates = new JsonObject { ["spreadsheetId"] = spreadsheetId };
        if (rows.Count > 0)
        {
            updates["updatedRange"] = A1Range.Format(sheet.Title, a1.StartColumn, writtenAt, a1.StartColumn + width - 1, writtenAt + rows.Count - 1);
            updates["updatedRows"] = rows.Count;
            updates["updatedColumns"] = width;
            updates["updatedCells"] = rows.Sum(r => r.Count);
        }

        var answer = new JsonObject { ["spreadsheetId"] = spreadsheetId };
        if (tableEnd is { } end)
        {
            answer["tableRange"] = A1Range.Format(sheet.Title, a1.StartColumn, tableStartRow, end.Column, end.Row);
        }

        answer["updates"] = updates;
        return TypedResults.Json(answer);
    }

    private static ((int Row, int Column)? TableEnd, int TableStartRow, int WrittenAt, int Width) Append(SheetGrid grid, A1Range a1, List<List<JsonNode?>> rows)
    {
        // A single cell only says where the table starts; it extends right as far as it has data.
        var endColumn = a1.EndColumn == a1.StartColumn && a1.EndRow == a1.StartRow ? null : a1.EndColumn;
        var lastRow = grid.LastRowWithData(a1.StartColumn, endColumn);
        (int, int)? tableEnd = null;
        var tableStart = a1.StartRow;
        if (lastRow >= a1.StartRow)
        {
            var lastColumn = Math.Min(endColumn ?? int.MaxValue, Math.Max(a1.StartColumn, grid.ColumnCount - 1));
            var firstRow = Enumerable.Range(a1.StartRow, lastRow - a1.StartRow + 1)
                .First(r => Enumerable.Range(a1.StartColumn, lastColumn - a1.StartColumn + 1).Any(c => !SheetGrid.IsEmpty(grid.Get(r, c))));
            tableStart = firstRow;
            tableEnd = (lastRow, lastColumn);
        }

        var writeAt = Math.Max(a1.StartRow, lastRow + 1);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < rows[r].Count; c++)
            {
                grid.Set(writeAt + r, a1.StartColumn + c, rows[r][c]);
            }
        }

        return (tableEnd, tableStart, writeAt, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
    }

    private static List<List<JsonNode?>>? ReadRows(JsonObject? body, bool userEntered, out string? error)
    {
        error = null;
        if (body is null)
        {
            error = "Invalid JSON payload received. Expected a ValueRange object.";
            return null;
        }

        if (body["majorDimension"] is JsonNode dimension && dimension.GetValueKind() == JsonValueKind.String && dimension.GetValue<string>() != "ROWS")
        {
            error = "Only majorDimension ROWS is supported by the sandbox's append.";
            return null;
        }

        if (body["values"] is not JsonArray values)
        {
            error = "Invalid value at 'data.values': expected a list of rows.";
            return null;
        }

        var rows = new List<List<JsonNode?>>();
        for (var r = 0; r < values.Count; r++)
        {
            if (values[r] is not JsonArray cells)
            {
                error = $"Invalid value at 'data.values[{r}]': each row must be a list of cell values.";
                return null;
            }

            var row = new List<JsonNode?>();
            foreach (var cell in cells)
            {
                row.Add(SheetsCellValues.ToCell(cell, userEntered, out error));
                if (error is not null)
                {
                    error = $"{error} (row {r})";
                    return null;
                }
            }

            rows.Add(row);
        }

        return rows;
    }
}
