using Bunit;
using FlowStudio.Core.Security;
using FlowStudio.Web.Components.Layout;
using FlowStudio.Web.Tests.Support;

namespace FlowStudio.Web.Tests.Components;

public sealed class NavMenuTests
{
    [Theory]
    [InlineData(Roles.Admin, new[] { "/", "/flows", "/runs", "/triggers", "/approvals", "/connections", "/lookups", "/admin/users", "/admin/audit", "/admin/inbox", "/admin/sandboxes", "/sandboxes/mailbox", "/sandboxes/sheets", "/account/tokens" })]
    [InlineData(Roles.Designer, new[] { "/", "/flows", "/runs", "/triggers", "/connections", "/lookups", "/account/tokens" })]
    [InlineData(Roles.Reviewer, new[] { "/", "/flows", "/runs", "/triggers", "/approvals", "/lookups", "/account/tokens" })]
    [InlineData(Roles.Viewer, new[] { "/", "/flows", "/runs", "/triggers", "/lookups", "/account/tokens" })]
    public async Task NavMenu_Role_ShowsOnlyPagesThatRoleMayOpen(string role, string[] expected)
    {
        await using var context = new ShellContext(FixedAuthenticationStateProvider.Person("u1", "person@example.com", role));

        var menu = context.Render<NavMenu>();

        menu.FindAll("a").Select(a => new Uri(a.GetAttribute("href")!, UriKind.RelativeOrAbsolute))
            .Select(u => u.IsAbsoluteUri ? u.AbsolutePath : u.OriginalString)
            .ShouldBe(expected);
    }

    [Fact]
    public async Task NavMenu_Admin_GroupsAdministrationEntries()
    {
        await using var context = new ShellContext(FixedAuthenticationStateProvider.Person("u1", "admin@example.com", Roles.Admin));

        var menu = context.Render<NavMenu>();

        menu.Markup.ShouldContain("Administration");
        menu.Find("[data-testid=nav-admin-users]").TextContent.ShouldContain("Users");
        menu.Find("[data-testid=nav-admin-audit]").TextContent.ShouldContain("Audit log");
        menu.Find("[data-testid=nav-admin-sandboxes]").TextContent.ShouldContain("Sandboxes");
        menu.Find("[data-testid=nav-admin-inbox]").TextContent.ShouldContain("Inbox");
    }

    [Fact]
    public async Task NavMenu_PersonWithoutRole_ShowsNothing()
    {
        await using var context = new ShellContext(FixedAuthenticationStateProvider.Person("u1", "norole@example.com", role: null));

        var menu = context.Render<NavMenu>();

        menu.FindAll("a").ShouldBeEmpty();
        menu.Markup.ShouldNotContain("Administration");
    }

    [Fact]
    public async Task NavMenu_Anonymous_ShowsNothing()
    {
        await using var context = new ShellContext(FixedAuthenticationStateProvider.AnonymousPerson);

        var menu = context.Render<NavMenu>();

        menu.FindAll("a").ShouldBeEmpty();
    }
}
