using System.Text.Json;
using FlowStudio.Sandbox.ZohoBooks.Http;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FlowStudio.Sandbox.ZohoBooks.Data;

/// <summary>Stores a small owned list as a JSON text column; decimals stay decimal text, never double.</summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property)
        where T : class, new()
    {
        var comparer = new ValueComparer<T>(
            (a, b) => Serialize(a) == Serialize(b),
            v => Serialize(v).GetHashCode(StringComparison.Ordinal),
            v => Deserialize<T>(Serialize(v)));
        property.HasConversion(v => Serialize(v), v => Deserialize<T>(v), comparer);
        return property;
    }

    private static string Serialize<T>(T? value) => JsonSerializer.Serialize(value, ZohoJson.Options);

    private static T Deserialize<T>(string json)
        where T : class, new() => JsonSerializer.Deserialize<T>(json, ZohoJson.Options) ?? new T();
}
