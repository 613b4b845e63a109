using System.Security.Cryptography;
using System.Text;

namespace FlowStudio.Engine.Execution;

/// <summary>
/// The key a side-effecting call carries: a hash of run id, node id and iteration path. It does
/// not include the attempt, so a retry or a resume after a crash repeats the same key and the
/// other side recognises the repeat.
/// </summary>
public static class IdempotencyKeys
{
    public static string For(Guid runId, string nodeId, string iterationPath)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        ArgumentNullException.ThrowIfNull(iterationPath);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{runId:N}\n{nodeId}\n{iterationPath}"), hash);
        return string.Concat("fs-", Convert.ToHexStringLower(hash[..16]));
    }
}
