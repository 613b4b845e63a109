using System.Collections.Immutable;
using FlowStudio.Core.Catalog;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>
/// Google Sheets' operations. An appended row cannot be told apart from an identical one added on purpose and the API
/// has no idempotency key, so append declares <see cref="IdempotencyStrategy.None"/> (ADR 0020); reads are read-only.
/// </summary>
public static class GoogleSheetsOperations
{
    public const string Append = "values.append";
    public const string Get = "values.get";

    public static ImmutableArray<ConnectorOperationDescriptor> All { get; } =
    [
        new()
        {
            Connector = GoogleSheetsConnectionSettings.Connector,
            Operation = Append,
            DisplayName = "Append rows",
            Description = "Adds rows below the table at the range (values.append, INSERT_ROWS). Cannot be undone; a retry after an unclear failure may add the rows twice.",
            Kind = ConnectorOperationKind.Action,
            Idempotency = IdempotencyStrategy.None,
            Output = new ConnectorOutputShape(
                "append",
                false,
                [
                    new("spreadsheet_id", "text"), new("table_range", "text"), new("updated_range", "text"),
                    new("updated_rows", "number"), new("updated_columns", "number"), new("updated_cells", "number"),
                ]),
            Inputs =
            [
                SpreadsheetId(),
                new("range", "Range", ConfigFieldType.Text) { Required = true, HelpText = "A1 notation of the table, e.g. Invoices!A1 or 'Q1 sales'!A:E." },
                new("values", "Rows", ConfigFieldType.Expression)
                {
                    Required = true,
                    HelpText = "A list of rows, each a list of cells (text, number or true/false), e.g. [[\"2025-01-10\", \"INV-000123\", 1500.00]]; one list is one row.",
                },
                new("value_input_option", "Interpret values", ConfigFieldType.Select)
                {
                    DefaultValue = "USER_ENTERED",
                    Options = [new SelectOption("USER_ENTERED", "As if typed (numbers, dates, formulas)"), new SelectOption("RAW", "Exactly as given")],
                },
            ],
        },
        new()
        {
            Connector = GoogleSheetsConnectionSettings.Connector,
            Operation = Get,
            DisplayName = "Read range",
            Description = "Reads the cells of a range (values.get). With 'first row is headers', each further row also comes as an object keyed by the headers.",
            Kind = ConnectorOperationKind.DataSource,
            Idempotency = IdempotencyStrategy.ReadOnly,
            Output = new ConnectorOutputShape(
                "range",
                false,
                [new("range", "text"), new("values", "list"), new("rows", "list"), new("row_count", "number")]),
            Inputs =
            [
                SpreadsheetId(),
                new("range", "Range", ConfigFieldType.Text) { Required = true, HelpText = "A1 notation, e.g. Invoices!A1:E or Invoices (the whole sheet)." },
                new("first_row_headers", "First row is headers", ConfigFieldType.Boolean) { DefaultValue = "false" },
                new("value_render_option", "Values as", ConfigFieldType.Select)
                {
                    DefaultValue = "UNFORMATTED_VALUE",
                    Options =
                    [
                        new SelectOption("UNFORMATTED_VALUE", "Numbers stay numbers"),
                        new SelectOption("FORMATTED_VALUE", "Text as displayed"),
                        new SelectOption("FORMULA", "Formulas"),
                    ],
                },
            ],
        },
    ];

    private static ConfigFieldDescriptor SpreadsheetId() => new("spreadsheet_id", "Spreadsheet id", ConfigFieldType.Text)
    {
        HelpText = "The id in the sheet's URL (docs.google.com/spreadsheets/d/<id>/edit); empty uses the connection's default spreadsheet.",
    };
}
