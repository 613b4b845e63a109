namespace FlowStudio.Core.Security;

/// <summary>
/// Authorization policy names. Every page and endpoint names one of these; the roles each admits
/// are defined once, in <see cref="RolesFor"/>.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in person holding at least one FlowStudio role.</summary>
    public const string View = "View";

    /// <summary>Build, test and publish flows.</summary>
    public const string Design = "Design";

    /// <summary>Work review queues and approvals.</summary>
    public const string Review = "Review";

    /// <summary>Users, roles, connections, audit log and run administration.</summary>
    public const string Administer = "Administer";

    public static IReadOnlyList<string> All { get; } = [View, Design, Review, Administer];

    public static IReadOnlyList<string> RolesFor(string policy) => policy switch
    {
        View => Roles.All,
        Design => [Roles.Admin, Roles.Designer],
        Review => [Roles.Admin, Roles.Reviewer],
        Administer => [Roles.Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy."),
    };
}
