using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FlowStudio.Infrastructure.Database;
using Microsoft.Extensions.Configuration;

namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// The certificate whose public key encrypts the Data Protection key ring before it is written to the database,
/// so a copy of the database alone reveals no connection secret (ADR 0019). Configured with
/// <c>DataProtection:Certificate:Path</c> (a PFX, relative to the data folder) and <c>:Password</c>; on a single
/// SQLite machine with nothing configured, one is generated once in the data folder, readable by its owner only.
/// </summary>
public static class KeyEncryptionCertificate
{
    public const string PathKey = "DataProtection:Certificate:Path";
    public const string PasswordKey = "DataProtection:Certificate:Password";
    public const string GeneratedFileName = "data-protection-certificate.pfx";

    public static X509Certificate2 Load(IConfiguration configuration, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(database);
        var password = configuration[PasswordKey];
        if (configuration[PathKey] is { Length: > 0 } configured)
        {
            var path = Path.GetFullPath(configured, database.DataDirectory);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{PathKey} is '{configured}' but there is no file at {path}.");
            }

            return Open(path, password);
        }

        if (database.Provider == DatabaseProvider.SqlServer)
        {
            throw new InvalidOperationException(
                $"Database:Provider is 'SqlServer' but {PathKey} is empty. Every node must protect the shared key ring with the same "
                + $"certificate: set {PathKey} (and {PasswordKey}) to a PFX all nodes can read, kept apart from the database backups.");
        }

        var generated = Path.Combine(database.DataDirectory, GeneratedFileName);
        if (!File.Exists(generated))
        {
            Generate(generated);
        }

        return Open(generated, password: null);
    }

    private static X509Certificate2 Open(string path, string? password)
    {
        try
        {
            // Ephemeral keys stay in memory; Windows' CNG needs its default (persisted) key set for EncryptedXml.
            var flags = OperatingSystem.IsWindows() ? X509KeyStorageFlags.DefaultKeySet : X509KeyStorageFlags.EphemeralKeySet;
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, flags);
            if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
            {
                certificate.Dispose();
                throw new InvalidOperationException($"The certificate in {path} has no RSA private key; Data Protection needs one to decrypt its keys.");
            }

            return certificate;
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"The certificate in {path} cannot be opened (wrong {PasswordKey}, or not a PFX): {e.Message}", e);
        }
    }

    private static void Generate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(3072);
        var request = new CertificateRequest(
            "CN=FlowStudio key ring encryption", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(certificate.Export(X509ContentType.Pkcs12));
        }

        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process generated it first; theirs wins so both use one certificate.
            File.Delete(temporary);
        }
    }
}
