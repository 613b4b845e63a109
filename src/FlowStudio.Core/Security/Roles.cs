namespace FlowStudio.Core.Security;

/// <summary>The four roles a person can hold. Names are stored in the database; never rename one.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Designer = "Designer";
    public const string Reviewer = "Reviewer";
    public const string Viewer = "Viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Designer, Reviewer, Viewer];

    public static string Describe(string role) => role switch
    {
        Admin => "Connections, users and roles, run monitoring, audit log",
        Designer => "Builds, tests and publishes flows",
        Reviewer => "Decides duplicate matches and approvals, reads AR aging",
        Viewer => "Read-only dashboards",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };
}
