using System.Text.Json;

namespace FlowStudio.Connectors.GoogleSheets;

/// <summary>A <c>ValueRange</c>: the range read and its rows of cells (each a JSON string, number or boolean).</summary>
public sealed record GoogleSheetsValueRange(string Range, string MajorDimension, IReadOnlyList<IReadOnlyList<JsonElement>> Values);
