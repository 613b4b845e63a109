using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FlowStudio.Sandbox.GoogleSheets.Api;

/// <summary>
/// A range in A1 notation as the Sheets API reads it: <c>Sheet1!A1:C10</c>, <c>'Q1 sales'!B2</c>, <c>Sheet1!A:C</c>,
/// <c>Sheet1</c> (the whole sheet) or <c>A1:C3</c> (the first sheet). Rows and columns are 0-based here; an open end is null.
/// </summary>
public sealed partial record A1Range(string? Sheet, int StartColumn, int StartRow, int? EndColumn, int? EndRow)
{
    /// <summary>Null when <paramref name="text"/> is not A1 notation.</summary>
    public static A1Range? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var (sheet, cells) = SplitSheet(text.Trim());
        if (sheet is { Length: 0 })
        {
            return null;
        }

        if (cells is null)
        {
            // A bare word is a sheet name unless it reads as cells, as Google decides.
            if (CellsPattern().IsMatch(text.Trim()))
            {
                cells = text.Trim();
                sheet = null;
            }
            else
            {
                return new A1Range(sheet, 0, 0, null, null);
            }
        }

        var match = CellsPattern().Match(cells);
        if (!match.Success)
        {
            return null;
        }

        var startColumn = match.Groups["c1"].Success ? Column(match.Groups["c1"].Value) : 0;
        var startRow = match.Groups["r1"].Success ? int.Parse(match.Groups["r1"].Value, CultureInfo.InvariantCulture) - 1 : 0;
        if (!match.Groups["c1"].Success && !match.Groups["r1"].Success)
        {
            return null;
        }

        if (!match.Groups["end"].Success)
        {
            // A single cell (A1) names one cell; a single column (A) or row (3) the whole line.
            return new A1Range(
                sheet,
                startColumn,
                startRow,
                match.Groups["c1"].Success ? startColumn : null,
                match.Groups["r1"].Success ? startRow : null);
        }

        if (!match.Groups["c2"].Success && !match.Groups["r2"].Success)
        {
            return null;
        }

        int? endColumn = match.Groups["c2"].Success ? Column(match.Groups["c2"].Value) : null;
        int? endRow = match.Groups["r2"].Success ? int.Parse(match.Groups["r2"].Value, CultureInfo.InvariantCulture) - 1 : null;
        if (startRow < 0 || endRow < startRow || endColumn < startColumn)
        {
            return null;
        }

        return new A1Range(sheet, startColumn, startRow, endColumn, endRow);
    }

    /// <summary>Column letters for a 0-based index: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary><c>Sheet1!A11:C11</c>; the sheet name is quoted when it is not a plain word.</summary>
    public static string Format(string sheet, int startColumn, int startRow, int endColumn, int endRow)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return $"{QuoteSheet(sheet)}!{ColumnName(startColumn)}{startRow + 1}:{ColumnName(endColumn)}{endRow + 1}";
    }

    public static string QuoteSheet(string sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return PlainSheetName().IsMatch(sheet) && !CellsPattern().IsMatch(sheet) ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static (string? Sheet, string? Cells) SplitSheet(string text)
    {
        if (text.StartsWith('\''))
        {
            var name = new StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        name.Append('\'');
                        i++;
                        continue;
                    }

                    var rest = text[(i + 1)..];
                    return rest.Length == 0 ? (name.ToString(), null) : rest.StartsWith('!') ? (name.ToString(), rest[1..]) : (string.Empty, null);
                }

                name.Append(text[i]);
            }

            return (string.Empty, null);
        }

        var bang = text.LastIndexOf('!');
        return bang < 0 ? (text, null) : (text[..bang], text[(bang + 1)..]);
    }

    private static int Column(string letters) => letters.ToUpperInvariant().Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1)) - 1;

    [GeneratedRegex(@"^(?<c1>[A-Za-z]{1,3})?(?<r1>[1-9][0-9]{0,6})?(?<end>:(?<c2>[A-Za-z]{1,3})?(?<r2>[1-9][0-9]{0,6})?)?$")]
    private static partial Regex CellsPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_]+$")]
    private static partial Regex PlainSheetName();
}
