using FlowStudio.Core.Security;

namespace FlowStudio.Infrastructure.Identity;

/// <summary>Demo-mode people, one per non-admin role. The README lists these credentials; never enable demo mode in production.</summary>
public static class DemoUsers
{
    public sealed record DemoUser(string Email, string DisplayName, string Role, string Password);

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("designer@flowstudio.local", "Dana Designer", Roles.Designer, "Designer-Demo-2026"),
        new("reviewer@flowstudio.local", "Riley Reviewer", Roles.Reviewer, "Reviewer-Demo-2026"),
        new("viewer@flowstudio.local", "Vic Viewer", Roles.Viewer, "Viewer-Demo-2026"),
    ];
}
