using System.Globalization;

namespace FlowStudio.Sandbox.ZohoBooks.Http;

/// <summary>Ids are numeric strings on the wire, like Zoho's <c>460000000017138</c>.</summary>
public static class ZohoIds
{
    public const long Base = 460_000_000_000_000;

    public static long Parse(string? raw, string field) =>
        long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw ZohoApiException.InvalidValue(field);

    public static long? ParseOptional(string? raw, string field) =>
        string.IsNullOrWhiteSpace(raw) ? null : Parse(raw, field);
}
