using FlowStudio.Core.Security;
using MudBlazor;

namespace FlowStudio.Web.Navigation;

/// <summary>
/// Every page a person can navigate to, with the policy that guards it. The menu is generated from this
/// list and a test checks each entry against the page's own authorization, so they cannot drift apart.
/// Add a feature here only when it exists.
/// </summary>
public static class NavigationCatalog
{
    public const string WorkspaceGroup = "Workspace";
    public const string AdministrationGroup = "Administration";
    public const string AccountGroup = "Account";

    public static IReadOnlyList<NavItem> Items { get; } =
    [
        new("Dashboard", "/", Icons.Material.Filled.SpaceDashboard, Policies.View, WorkspaceGroup, MatchAll: true),
        new("Flows", "/flows", Icons.Material.Filled.AccountTree, Policies.View, WorkspaceGroup),
        new("Runs", "/runs", Icons.Material.Filled.PlayCircleOutline, Policies.View, WorkspaceGroup),
        new("Triggers", "/triggers", Icons.Material.Filled.Bolt, Policies.View, WorkspaceGroup),
        new("Approvals", "/approvals", Icons.Material.Filled.FactCheck, Policies.Review, WorkspaceGroup),
        new("Connections", "/connections", Icons.Material.Filled.Cable, Policies.Design, WorkspaceGroup),
        new("Lookup tables", "/lookups", Icons.Material.Filled.TableChart, Policies.View, WorkspaceGroup),
        new("Users", "/admin/users", Icons.Material.Filled.People, Policies.Administer, AdministrationGroup),
        new("Audit log", "/admin/audit", Icons.Material.Filled.History, Policies.Administer, AdministrationGroup),
        new("Inbox", "/admin/inbox", Icons.Material.Filled.MoveToInbox, Policies.Administer, AdministrationGroup),
        new("Sandboxes", "/admin/sandboxes", Icons.Material.Filled.Science, Policies.Administer, AdministrationGroup),
        new("Sandbox mailbox", "/sandboxes/mailbox", Icons.Material.Filled.MarkEmailRead, Policies.Administer, AdministrationGroup),
        new("Sandbox spreadsheets", "/sandboxes/sheets", Icons.Material.Filled.GridOn, Policies.Administer, AdministrationGroup),
        new("API tokens", "/account/tokens", Icons.Material.Filled.Key, Policies.View, AccountGroup),
    ];
}
