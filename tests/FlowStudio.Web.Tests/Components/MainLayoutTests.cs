using Bunit;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Components.Layout;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Web.Tests.Components;

public sealed class MainLayoutTests
{
    private const string UserId = "user-1";

    [Fact]
    public async Task MainLayout_SignedInDesigner_RendersBodyNavigationAndIdentity()
    {
        await using var context = await CreateContextAsync(Roles.Designer);

        var layout = RenderLayout(context);

        layout.Find(".mud-main-content").TextContent.ShouldContain("page body");
        layout.Markup.ShouldContain("FlowStudio");
        layout.Find("[data-testid=nav-menu]").TextContent.ShouldContain("Dashboard");
        layout.Markup.ShouldNotContain("Audit log");
        layout.Markup.ShouldContain("dana@example.com");
    }

    [Fact]
    public async Task MainLayout_ThemeToggle_SavesPreferenceAndRestoresIt()
    {
        await using var context = await CreateContextAsync(Roles.Viewer);
        var layout = RenderLayout(context);
        layout.Find("[data-testid=theme-toggle]").GetAttribute("aria-label").ShouldBe("Switch to dark theme");

        await layout.Find("[data-testid=theme-toggle]").ClickAsync(new());

        await using (var db = await context.OpenDatabaseAsync())
        {
            (await db.Users.SingleAsync(u => u.Id == UserId, Xunit.TestContext.Current.CancellationToken)).PrefersDarkMode.ShouldBeTrue();
        }

        await context.DisposeComponentsAsync();
        var reopened = RenderLayout(context);
        reopened.WaitForAssertion(() =>
            reopened.Find("[data-testid=theme-toggle]").GetAttribute("aria-label").ShouldBe("Switch to light theme"));
    }

    private static IRenderedComponent<MainLayout> RenderLayout(ShellContext context) =>
        context.Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddContent(0, "page body"))));

    private static async Task<ShellContext> CreateContextAsync(string role)
    {
        var context = new ShellContext(FixedAuthenticationStateProvider.Person(UserId, "dana@example.com", role));
        await using var db = await context.OpenDatabaseAsync();
        db.Users.Add(new ApplicationUser { Id = UserId, UserName = "dana@example.com", Email = "dana@example.com", DisplayName = "Dana" });
        await db.SaveChangesAsync();
        return context;
    }
}
