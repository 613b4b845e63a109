using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Infrastructure.Runs.FollowUps;

/// <summary>Run ids derived from a key, so that starting "the same" run twice finds the first one.</summary>
internal static class DeterministicRunIds
{
    public static Guid For(string purpose, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + key), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom, per RFC 9562
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
