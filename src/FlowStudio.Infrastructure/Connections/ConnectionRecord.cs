namespace FlowStudio.Infrastructure.Connections;

/// <summary>
/// A stored connection. <see cref="SettingsJson"/> holds the non-secret fields; every secret value lives only
/// inside <see cref="ProtectedSecrets"/>, one Data Protection blob. <see cref="SecretKeys"/> names which
/// secrets are set (names, never values) so lists can show them masked without decrypting anything.
/// </summary>
public sealed class ConnectionRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Case-folded <see cref="Name"/>; unique, so "Zoho" and "zoho" cannot both exist on any provider.</summary>
    public required string NormalizedName { get; set; }

    public required string Connector { get; set; }

    public bool IsSandbox { get; set; }

    public string SettingsJson { get; set; } = "{}";

    public string ProtectedSecrets { get; set; } = "";

    /// <summary>Names of the secrets that are set, joined with commas.</summary>
    public string SecretKeys { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTimeOffset? SecretsRotatedAt { get; set; }

    public DateTimeOffset? LastTestedAt { get; set; }

    public bool? LastTestSucceeded { get; set; }

    public string? LastTestMessage { get; set; }

    /// <summary>Optimistic concurrency: an edit names the revision it was made from.</summary>
    public int Revision { get; set; }
}
