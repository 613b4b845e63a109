using System.Text.Json;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Engine.Executors;

internal static class Booleans
{
    public static JsonElement True { get; } = JsonValues.Parse("true");

    public static JsonElement False { get; } = JsonValues.Parse("false");
}
