using System.Net;
using FlowStudio.Core.Auditing;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Web.Tests.Account;

public sealed class LockoutTests(FlowStudioAppFactory app) : IClassFixture<FlowStudioAppFactory>
{
    private const string Email = "reviewer@flowstudio.local";
    private static readonly string Password = DemoUsers.All.Single(u => u.Email == Email).Password;

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksAccountUntilAdminUnlocks()
    {
        using var client = app.CreateBrowserClient();
        for (var attempt = 1; attempt <= IdentityPolicy.MaxFailedAttempts; attempt++)
        {
            await BrowserSession.SignInAsync(client, Email, $"Wrong-Password-{attempt}");
        }

        var locked = await BrowserSession.SignInAsync(client, Email, Password);

        locked.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("locked after too many failed attempts");
        var audit = app.Services.GetRequiredService<AuditLog>();
        (await audit.SearchAsync(new AuditQuery(Action: AuditActions.SignInLockedOut, Actor: Email), TestContext.Current.CancellationToken))
            .Items.ShouldNotBeEmpty();

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(Email))!;
            user.LockoutEnd!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
            var admin = (await users.FindByEmailAsync(FlowStudioAppFactory.AdminEmail))!;
            var result = await scope.ServiceProvider.GetRequiredService<UserAdministration>()
                .UnlockAsync(user.Id, new AuditActor(admin.Id, admin.Email!, null), TestContext.Current.CancellationToken);
            result.Succeeded.ShouldBeTrue();
        }

        var afterUnlock = await BrowserSession.SignInAsync(client, Email, Password);
        afterUnlock.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task SignIn_DisabledUser_IsRefusedEvenWithRightPassword()
    {
        const string email = "disabled.person@flowstudio.local";
        const string password = "Disabled-Person-Pass-1";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            (await admin.CreateAsync(new NewUser(email, "Disabled Person", "Viewer", password), AuditActor.System, TestContext.Current.CancellationToken))
                .Succeeded.ShouldBeTrue();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var id = (await users.FindByEmailAsync(email))!.Id;
            var adminUser = (await users.FindByEmailAsync(FlowStudioAppFactory.AdminEmail))!;
            (await admin.SetDisabledAsync(id, true, new AuditActor(adminUser.Id, adminUser.Email!, null), TestContext.Current.CancellationToken))
                .Succeeded.ShouldBeTrue();
        }

        using var client = app.CreateBrowserClient();
        var response = await BrowserSession.SignInAsync(client, email, password);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("This account is disabled.");
    }
}
