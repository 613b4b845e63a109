using System.Text.Json;
using System.Text.Json.Nodes;

namespace FlowStudio.Sandbox.GoogleSheets.Data;

/// <summary>A sheet's cells, rows of JSON values (text, number kept as written so amounts stay exact, boolean or empty).</summary>
public sealed class SheetGrid
{
    private readonly List<List<JsonNode?>> rows;

    private SheetGrid(List<List<JsonNode?>> rows) => this.rows = rows;

    /// <summary>The last row holding any value, plus one; trailing empty rows do not count.</summary>
    public int RowCount => LastRowWhere(_ => true) + 1;

    public int ColumnCount => rows.Count == 0 ? 0 : rows.Max(r => LastFilled(r) + 1);

    public static SheetGrid Parse(string json)
    {
        var parsed = JsonNode.Parse(string.IsNullOrWhiteSpace(json) ? "[]" : json) as JsonArray ?? [];
        return new SheetGrid([.. parsed.Select(r => (r as JsonArray ?? []).Select(c => c?.DeepClone()).ToList())]);
    }

    public static SheetGrid Empty() => new([]);

    public JsonNode? Get(int row, int column) =>
        row < rows.Count && column < rows[row].Count ? rows[row][column] : null;

    public void Set(int row, int column, JsonNode? value)
    {
        while (rows.Count <= row)
        {
            rows.Add([]);
        }

        var cells = rows[row];
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = value?.DeepClone();
    }

    /// <summary>The last row with a value in columns <paramref name="firstColumn"/>..<paramref name="lastColumn"/>, or -1.</summary>
    public int LastRowWithData(int firstColumn, int? lastColumn) =>
        LastRowWhere(r => Enumerable.Range(firstColumn, Math.Max(0, Math.Min(r.Count - 1, lastColumn ?? int.MaxValue - 1) - firstColumn + 1)).Any(c => !IsEmpty(r[c])));

    public string ToJson()
    {
        var array = new JsonArray();
        foreach (var row in rows.Take(RowCount))
        {
            array.Add(new JsonArray([.. row.Take(LastFilled(row) + 1).Select(c => c?.DeepClone())]));
        }

        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public static bool IsEmpty(JsonNode? cell) => cell is null || (cell.GetValueKind() == JsonValueKind.String && cell.GetValue<string>().Length == 0);

    private int LastRowWhere(Func<List<JsonNode?>, bool> predicate)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (LastFilled(rows[i]) >= 0 && predicate(rows[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastFilled(List<JsonNode?> row)
    {
        for (var i = row.Count - 1; i >= 0; i--)
        {
            if (!IsEmpty(row[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
