using Microsoft.AspNetCore.Identity;

namespace FlowStudio.Infrastructure.Identity;

public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>A disabled person cannot sign in and their open sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    public bool PrefersDarkMode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
