using System.Text.Json;

namespace FlowStudio.Connectors.ZohoBooks.Models;

public sealed record ZohoCustomField
{
    public string? CustomfieldId { get; init; }

    public string? Label { get; init; }

    public JsonElement? Value { get; init; }
}
