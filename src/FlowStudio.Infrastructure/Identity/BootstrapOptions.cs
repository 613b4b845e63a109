namespace FlowStudio.Infrastructure.Identity;

/// <summary><c>Bootstrap:AdminEmail</c> and <c>Bootstrap:AdminPassword</c>; used only when no admin exists yet.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string AdminEmail { get; set; } = "admin@flowstudio.local";

    /// <summary>When empty, a strong password is generated and printed once to the console.</summary>
    public string? AdminPassword { get; set; }
}
