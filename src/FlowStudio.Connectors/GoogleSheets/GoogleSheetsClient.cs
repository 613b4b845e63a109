using System.Globalization;
using System.Text.Json;
using FlowStudio.Connectors.Google;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>
/// Sheets API v4 for one account: <c>spreadsheets.values.append</c>, <c>spreadsheets.values.get</c> and
/// <c>spreadsheets.get</c> (title and tabs, for "test connection"). Ranges are A1 notation, sent escaped in the path.
/// </summary>
public sealed class GoogleSheetsClient
{
    public const string HttpClientName = "FlowStudio.GoogleSheets.Api";

    private readonly GoogleApiCaller api;
    private readonly GoogleSheetsConnection connection;

    internal GoogleSheetsClient(GoogleApiCaller api, GoogleSheetsConnection connection)
    {
        this.api = api;
        this.connection = connection;
    }

    public override string ToString() => $"GoogleSheetsClient for {connection}";

    /// <summary>Appends <paramref name="rows"/> (a JSON array of arrays) below the table at <paramref name="range"/>.</summary>
    /// <exception cref="GoogleApiException">Google refused or could not be reached.</exception>
    public async Task<GoogleSheetsAppendResult> AppendAsync(
        string spreadsheetId, string range, JsonElement rows, string valueInputOption, string insertDataOption, CancellationToken cancellationToken)
    {
        var uri = Api($"{Uri.EscapeDataString(spreadsheetId)}/values/{Uri.EscapeDataString(range)}:append"
            + $"?valueInputOption={Uri.EscapeDataString(valueInputOption)}&insertDataOption={Uri.EscapeDataString(insertDataOption)}&includeValuesInResponse=false");
        var body = new Dictionary<string, object> { ["range"] = range, ["majorDimension"] = "ROWS", ["values"] = rows };
        var answer = await api.SendAsync(HttpMethod.Post, uri, body, cancellationToken);
        var updates = answer.TryGetProperty("updates", out var u) ? u : default;
        return new GoogleSheetsAppendResult(
            Text(answer, "spreadsheetId") ?? spreadsheetId,
            Text(answer, "tableRange"),
            Text(updates, "updatedRange") ?? string.Empty,
            Number(updates, "updatedRows"),
            Number(updates, "updatedColumns"),
            Number(updates, "updatedCells"));
    }

    /// <exception cref="GoogleApiException">Google refused or could not be reached.</exception>
    public async Task<GoogleSheetsValueRange> GetValuesAsync(string spreadsheetId, string range, string valueRenderOption, CancellationToken cancellationToken)
    {
        var uri = Api($"{Uri.EscapeDataString(spreadsheetId)}/values/{Uri.EscapeDataString(range)}?majorDimension=ROWS&valueRenderOption={Uri.EscapeDataString(valueRenderOption)}");
        var answer = await api.SendAsync(HttpMethod.Get, uri, null, cancellationToken);
        IReadOnlyList<IReadOnlyList<JsonElement>> values = answer.TryGetProperty("values", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? [.. rows.EnumerateArray().Select(r => (IReadOnlyList<JsonElement>)[.. r.EnumerateArray().Select(c => c.Clone())])]
            : [];
        return new GoogleSheetsValueRange(Text(answer, "range") ?? range, Text(answer, "majorDimension") ?? "ROWS", values);
    }

    /// <summary>The spreadsheet's title and its sheets' titles.</summary>
    /// <exception cref="GoogleApiException">Google refused or could not be reached.</exception>
    public async Task<(string Title, IReadOnlyList<string> Sheets)> GetSpreadsheetAsync(string spreadsheetId, CancellationToken cancellationToken)
    {
        var answer = await api.SendAsync(HttpMethod.Get, Api($"{Uri.EscapeDataString(spreadsheetId)}?fields=properties.title,sheets.properties.title"), null, cancellationToken);
        var title = answer.TryGetProperty("properties", out var properties) ? Text(properties, "title") ?? string.Empty : string.Empty;
        IReadOnlyList<string> sheets = answer.TryGetProperty("sheets", out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(s => s.TryGetProperty("properties", out var p) ? Text(p, "title") ?? string.Empty : string.Empty)]
            : [];
        return (title, sheets);
    }

    private Uri Api(string relative) => new(connection.ApiBaseUrl, "v4/spreadsheets/" + relative);

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n
        : element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String
            && int.TryParse(text.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
}
