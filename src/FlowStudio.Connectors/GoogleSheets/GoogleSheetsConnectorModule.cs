using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowStudio.Connectors.Google;
using FlowStudio.Connectors.Runtime;
using FlowStudio.Core.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Runs;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>Google Sheets on the connector contract: JSON input → <see cref="GoogleSheetsClient"/> → JSON output or a typed step error.</summary>
public sealed class GoogleSheetsConnectorModule(GoogleSheetsClientFactory clients) : IConnectorModule
{
    public string Connector => GoogleSheetsConnectionSettings.Connector;

    public string DisplayName => "Google Sheets";

    public string Category => "Data";

    public string Icon => "Icons.Material.Filled.TableChart";

    public ImmutableArray<ConnectorOperationDescriptor> Operations => GoogleSheetsOperations.All;

    public ImmutableArray<ConnectionFieldDescriptor> ConnectionFields { get; } =
    [
        new(GoogleSheetsConnectionSettings.ClientId, "OAuth client id") { HelpText = "From Google Cloud console › Credentials (…apps.googleusercontent.com)." },
        new(GoogleSheetsConnectionSettings.ClientSecret, "OAuth client secret") { IsSecret = true },
        new(GoogleSheetsConnectionSettings.RefreshToken, "Refresh token") { IsSecret = true, HelpText = "Consent with scope https://www.googleapis.com/auth/spreadsheets." },
        new(GoogleSheetsConnectionSettings.DefaultSpreadsheetId, "Default spreadsheet id")
        {
            Required = false,
            HelpText = "Used by steps that name none, and checked by \"test connection\".",
        },
    ];

    public async Task<CallResult> InvokeAsync(ConnectorCall request, ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connection);
        var operation = request.Operation.StartsWith(Connector + ".", StringComparison.Ordinal) ? request.Operation[(Connector.Length + 1)..] : string.Empty;
        if (operation is not (GoogleSheetsOperations.Append or GoogleSheetsOperations.Get))
        {
            return CallResult.Failed(StepError.Permanent($"Google Sheets has no operation '{request.Operation}'.", "connector.unknown_operation"));
        }

        try
        {
            var settings = GoogleSheetsConnectionSettings.ToConnection(connection);
            var input = GoogleSheetsInput.Object(request.Input);
            var spreadsheet = GoogleSheetsInput.Text(input, "spreadsheet_id") ?? settings.DefaultSpreadsheetId
                ?? throw new GoogleSheetsInputException("'spreadsheet_id' is required (the connection has no default spreadsheet).");
            var range = GoogleSheetsInput.Text(input, "range") ?? throw new GoogleSheetsInputException("'range' is required, e.g. Invoices!A1.");
            var client = clients.Create(settings);
            return operation == GoogleSheetsOperations.Append
                ? CallResult.Success(await AppendAsync(client, spreadsheet, range, input, cancellationToken))
                : CallResult.Success(await GetAsync(client, spreadsheet, range, input, cancellationToken));
        }
        catch (GoogleSheetsInputException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "google-sheets.invalid_input"));
        }
        catch (GoogleApiException ex)
        {
            return CallResult.Failed(ex.ToStepError(Connector));
        }
        catch (InvalidOperationException ex)
        {
            return CallResult.Failed(StepError.Permanent(ex.Message, "google-sheets.connection_invalid"));
        }
    }

    public async Task<ConnectionTestResult> TestAsync(ResolvedConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        try
        {
            var settings = GoogleSheetsConnectionSettings.ToConnection(connection);
            if (settings.DefaultSpreadsheetId is null)
            {
                return ConnectionTestResult.Failure("Give a default spreadsheet id so the connection can be checked by reading it.");
            }

            var (title, sheets) = await clients.Create(settings).GetSpreadsheetAsync(settings.DefaultSpreadsheetId, cancellationToken);
            return ConnectionTestResult.Success($"Connected to Google Sheets: \"{title}\" ({sheets.Count} sheets: {string.Join(", ", sheets)}).");
        }
        catch (GoogleApiException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            return ConnectionTestResult.Failure(ex.Message);
        }
    }

    private static async Task<JsonElement> AppendAsync(GoogleSheetsClient client, string spreadsheet, string range, JsonElement input, CancellationToken cancellationToken)
    {
        var rows = GoogleSheetsInput.Rows(input);
        var option = GoogleSheetsInput.Choice(input, "value_input_option", "USER_ENTERED", "USER_ENTERED", "RAW");
        var result = await client.AppendAsync(spreadsheet, range, rows, option, "INSERT_ROWS", cancellationToken);
        return JsonSerializer.SerializeToElement(new
        {
            spreadsheet_id = result.SpreadsheetId,
            table_range = result.TableRange,
            updated_range = result.UpdatedRange,
            updated_rows = result.UpdatedRows,
            updated_columns = result.UpdatedColumns,
            updated_cells = result.UpdatedCells,
        });
    }

    private static async Task<JsonElement> GetAsync(GoogleSheetsClient client, string spreadsheet, string range, JsonElement input, CancellationToken cancellationToken)
    {
        var render = GoogleSheetsInput.Choice(input, "value_render_option", "UNFORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMATTED_VALUE", "FORMULA");
        var read = await client.GetValuesAsync(spreadsheet, range, render, cancellationToken);
        var output = new JsonObject
        {
            ["range"] = read.Range,
            ["values"] = new JsonArray([.. read.Values.Select(r => (JsonNode?)new JsonArray([.. r.Select(c => (JsonNode?)JsonValue.Create(c))]))]),
        };
        if (GoogleSheetsInput.Flag(input, "first_row_headers") && read.Values.Count > 0)
        {
            var headers = read.Values[0].Select(h => h.ValueKind == JsonValueKind.String ? h.GetString()! : h.GetRawText()).ToList();
            output["rows"] = new JsonArray([.. read.Values.Skip(1).Select(row => (JsonNode?)ToObject(headers, row))]);
            output["row_count"] = read.Values.Count - 1;
        }
        else
        {
            output["rows"] = new JsonArray();
            output["row_count"] = read.Values.Count;
        }

        return JsonSerializer.SerializeToElement(output);
    }

    /// <summary>A row keyed by its column headers; columns without a header are left out, missing trailing cells are null.</summary>
    private static JsonObject ToObject(List<string> headers, IReadOnlyList<JsonElement> row)
    {
        var record = new JsonObject();
        for (var i = 0; i < headers.Count; i++)
        {
            if (headers[i].Length > 0 && !record.ContainsKey(headers[i]))
            {
                record[headers[i]] = i < row.Count ? JsonValue.Create(row[i]) : null;
            }
        }

        return record;
    }
}
