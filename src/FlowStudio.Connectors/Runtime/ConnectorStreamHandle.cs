using System.Text.Json;
using FlowStudio.Engine.Contracts;
using FlowStudio.Engine.Execution;

namespace FlowStudio.Connectors.Runtime;

/// <summary>
/// The handle a list output carries under <c>stream</c>:
/// <c>{"$stream":"connector","connection":id,"operation":key,"input":{…}}</c>. A for-each whose items
/// expression is <c>steps.&lt;node&gt;.output.stream</c> reads every record through <see cref="ConnectorItemStreamSource"/>.
/// It holds the connection's id, never a secret.
/// </summary>
public sealed record ConnectorStreamHandle(string Connection, string Operation, JsonElement Input)
{
    /// <summary>The value of <see cref="IItemStreamSource.HandleProperty"/> for connector streams.</summary>
    public const string Kind = "connector";

    public JsonElement ToJson() => JsonValues.Build(this, static (writer, handle) =>
    {
        writer.WriteStartObject();
        writer.WriteString(IItemStreamSource.HandleProperty, Kind);
        writer.WriteString("connection", handle.Connection);
        writer.WriteString("operation", handle.Operation);
        writer.WritePropertyName("input");
        handle.Input.WriteTo(writer);
        writer.WriteEndObject();
    });

    /// <summary>Null when <paramref name="handle"/> is not a well-formed connector handle.</summary>
    public static ConnectorStreamHandle? TryRead(JsonElement handle)
    {
        if (handle.ValueKind != JsonValueKind.Object
            || !handle.TryGetProperty(IItemStreamSource.HandleProperty, out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != Kind
            || !handle.TryGetProperty("connection", out var connection) || connection.ValueKind != JsonValueKind.String
            || !handle.TryGetProperty("operation", out var operation) || operation.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var input = handle.TryGetProperty("input", out var given) && given.ValueKind == JsonValueKind.Object ? given.Clone() : JsonValues.EmptyObject;
        return new ConnectorStreamHandle(connection.GetString()!, operation.GetString()!, input);
    }
}
