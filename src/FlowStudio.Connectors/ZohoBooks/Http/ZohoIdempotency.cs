using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Connectors.ZohoBooks.Http;

/// <summary>
/// Turns the caller's idempotency key (run + node + iteration) into a short deterministic marker kept in the
/// record's <c>reference_number</c>, so a retried create can find the record the first attempt made.
/// </summary>
public static class ZohoIdempotency
{
    public const int MaxReferenceLength = 100;
    private const string Prefix = "FS-";

    /// <summary><c>FS-</c> and 12 hex digits of the key's SHA-256: 48 bits, ample against collisions within one organisation.</summary>
    public static string Marker(string idempotencyKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..12];
    }

    /// <summary>The reference to send: the marker alone, or the caller's reference with the marker appended (trimmed to fit).</summary>
    public static string Reference(string? callerReference, string marker)
    {
        if (string.IsNullOrWhiteSpace(callerReference))
        {
            return marker;
        }

        var room = MaxReferenceLength - marker.Length - 1;
        var head = callerReference.Trim();
        return (head.Length > room ? head[..room] : head) + " " + marker;
    }

    public static bool Matches(string? reference, string marker) =>
        reference is not null && reference.EndsWith(marker, StringComparison.Ordinal);
}
