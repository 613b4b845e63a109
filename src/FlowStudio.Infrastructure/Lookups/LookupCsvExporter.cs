using System.Globalization;
using CsvHelper;

namespace FlowStudio.Infrastructure.Lookups;

/// <summary>Writes a lookup table as CSV that <see cref="Core.Lookups.LookupCsvImporter"/> reads back unchanged.</summary>
public static class LookupCsvExporter
{
    public static string Export(LookupTableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            csv.WriteField(document.Options.KeyColumn);
            foreach (var column in document.ValueColumns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in document.Rows)
            {
                csv.WriteField(row.Key);
                foreach (var column in document.ValueColumns)
                {
                    csv.WriteField(row.Values.GetValueOrDefault(column) ?? string.Empty);
                }

                csv.NextRecord();
            }
        }

        return writer.ToString();
    }
}
