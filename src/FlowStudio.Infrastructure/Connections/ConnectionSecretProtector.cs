using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// Encrypts a connection's secrets as one Data Protection blob (authenticated encryption under the key ring
/// kept in the database, itself encrypted at rest, see ADR 0019) and decrypts them for a call.
/// </summary>
public sealed class ConnectionSecretProtector(IDataProtectionProvider provider)
{
    public const string Purpose = "FlowStudio.Connections.Secrets.v1";

    private readonly IDataProtector protector = provider.CreateProtector(Purpose);

    public string Protect(IReadOnlyDictionary<string, string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        return secrets.Count == 0 ? "" : protector.Protect(JsonSerializer.Serialize(secrets));
    }

    /// <exception cref="CryptographicException">The blob was tampered with or its key is gone.</exception>
    public Dictionary<string, string> Unprotect(string protectedSecrets) =>
        string.IsNullOrEmpty(protectedSecrets)
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(
                JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(protectedSecrets)) ?? [],
                StringComparer.Ordinal);
}
