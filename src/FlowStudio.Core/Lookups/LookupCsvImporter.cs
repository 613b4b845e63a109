using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace FlowStudio.Core.Lookups;

/// <summary>Reads a lookup table from CSV with a header row; the key column is named in the options.</summary>
public static class LookupCsvImporter
{
    /// <summary>Stops collecting after this many problems; a bad file would otherwise repeat one error per row.</summary>
    private const int MaxErrors = 50;

    /// <exception cref="LookupImportException">The CSV has no key column, duplicate or empty keys, or malformed rows.</exception>
    public static LookupTable Import(string tableName, TextReader reader, LookupTableOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);

        var errors = new List<LookupImportError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => errors.Add(new LookupImportError(args.Context.Parser?.RawRow ?? 0, null, $"Malformed quoting in field {args.Field}.")),
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(reader, config, leaveOpen: true);

        if (!Read(parser, errors) || parser.Record is not { Length: > 0 } header)
        {
            throw new LookupImportException(tableName, [new LookupImportError(1, null, "The file is empty; expected a header row.")]);
        }

        var keyIndex = Array.FindIndex(header, h => string.Equals(h, options.KeyColumn, StringComparison.OrdinalIgnoreCase));
        if (keyIndex < 0)
        {
            throw new LookupImportException(
                tableName,
                [new LookupImportError(1, options.KeyColumn, $"Key column '{options.KeyColumn}' not found; the header has: {string.Join(", ", header)}.")]);
        }

        CheckHeader(header, errors);
        var valueColumns = header.Where((_, i) => i != keyIndex).ToList();
        var rows = ReadRows(parser, header, keyIndex, options, errors);

        if (valueColumns.Count == 0)
        {
            errors.Insert(0, new LookupImportError(1, null, "The header has only the key column; add at least one value column."));
        }

        if (errors.Count > 0)
        {
            throw new LookupImportException(tableName, errors);
        }

        return LookupTable.Create(tableName, options, valueColumns, rows);
    }

    private static void CheckHeader(string[] header, List<LookupImportError> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in header)
        {
            if (string.IsNullOrWhiteSpace(column))
            {
                errors.Add(new LookupImportError(1, null, "A header cell is empty; every column needs a name."));
            }
            else if (!seen.Add(column))
            {
                errors.Add(new LookupImportError(1, column, "The column name appears twice in the header."));
            }
        }
    }

    private static List<LookupRow> ReadRows(CsvParser parser, string[] header, int keyIndex, LookupTableOptions options, List<LookupImportError> errors)
    {
        var rows = new List<LookupRow>();
        var firstRowByKey = new Dictionary<string, int>(options.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var keyColumn = header[keyIndex];
        while (errors.Count < MaxErrors && Read(parser, errors))
        {
            var line = parser.RawRow;
            var record = parser.Record ?? [];
            if (record.Length != header.Length)
            {
                errors.Add(new LookupImportError(line, null, $"Has {record.Length} fields but the header has {header.Length}."));
                continue;
            }

            var key = record[keyIndex];
            if (string.IsNullOrEmpty(key))
            {
                errors.Add(new LookupImportError(line, keyColumn, "The key is empty."));
                continue;
            }

            if (!firstRowByKey.TryAdd(key, line))
            {
                errors.Add(new LookupImportError(line, keyColumn, $"Duplicate key '{key}' (first on row {firstRowByKey[key]})."));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                if (i != keyIndex)
                {
                    values[header[i]] = record[i];
                }
            }

            rows.Add(new LookupRow(key, values));
        }

        return rows;
    }

    private static bool Read(CsvParser parser, List<LookupImportError> errors)
    {
        try
        {
            return parser.Read();
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new LookupImportError(parser.RawRow, null, $"Malformed CSV: {ex.Message.Split('\n')[0]}"));
            return false;
        }
    }
}
