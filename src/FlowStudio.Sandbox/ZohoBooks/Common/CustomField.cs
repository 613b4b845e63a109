using System.Text.Json;

namespace FlowStudio.Sandbox.ZohoBooks.Common;

public sealed class CustomField
{
    public string? CustomfieldId { get; set; }

    public string? Label { get; set; }

    public JsonElement? Value { get; set; }
}
