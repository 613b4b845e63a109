using System.Text.Json;

namespace FlowStudio.Connectors.Ramp;

public static class RampJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
