using System.Text.Json;
using FlowStudio.Core.Auditing;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Identity;

public sealed class UserAdministrationTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteServices services = default!;
    private AsyncServiceScope scope;
    private UserAdministration admin = default!;
    private UserManager<ApplicationUser> users = default!;
    private AuditActor adminActor = default!;

    public async ValueTask InitializeAsync()
    {
        services = await SqliteServices.StartAsync();
        scope = services.Services.CreateAsyncScope();
        admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var adminUser = (await users.FindByEmailAsync("admin@flowstudio.local"))!;
        adminActor = new AuditActor(adminUser.Id, adminUser.Email!, "127.0.0.1");
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await services.DisposeAsync();
    }

    [Fact]
    public async Task Create_ValidUser_CreatesWithRoleAndAuditsAfterState()
    {
        var result = await admin.CreateAsync(new NewUser("new@flowstudio.local", "New Person", Roles.Designer, "Strong-Password-1"), adminActor, Ct);

        result.Succeeded.ShouldBeTrue();
        var created = (await admin.ListAsync(Ct)).Single(u => u.Email == "new@flowstudio.local");
        created.Role.ShouldBe(Roles.Designer);
        var entry = (await AuditAsync(AuditActions.UserCreated)).Single(e => e.TargetId == created.Id);
        entry.ActorId.ShouldBe(adminActor.Id);
        entry.IpAddress.ShouldBe("127.0.0.1");
        JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("role").GetString().ShouldBe(Roles.Designer);
    }

    [Theory]
    [InlineData("short1A", "at least 12 characters")]
    [InlineData("alllowercase-123", "uppercase")]
    [InlineData("ALLUPPERCASE-123", "lowercase")]
    [InlineData("No-Digits-Here-At-All", "digit")]
    public async Task Create_WeakPassword_IsRejectedWithReasonAndNothingCreated(string password, string reason)
    {
        var result = await admin.CreateAsync(new NewUser("weak@flowstudio.local", "Weak", Roles.Viewer, password), adminActor, Ct);

        result.Succeeded.ShouldBeFalse();
        string.Join(" ", result.Errors).ShouldContain(reason, Case.Insensitive);
        (await users.FindByEmailAsync("weak@flowstudio.local")).ShouldBeNull();
    }

    [Fact]
    public async Task Create_UnknownRole_IsRejected()
    {
        var result = await admin.CreateAsync(new NewUser("x@flowstudio.local", "X", "Superuser", "Strong-Password-1"), adminActor, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().ShouldContain("Role 'Superuser' does not exist");
    }

    [Fact]
    public async Task Create_DuplicateEmail_IsRejected()
    {
        var result = await admin.CreateAsync(new NewUser("admin@flowstudio.local", "Dup", Roles.Viewer, "Strong-Password-1"), adminActor, Ct);

        result.Succeeded.ShouldBeFalse();
        string.Join(" ", result.Errors).ShouldContain("already taken");
    }

    [Fact]
    public async Task ChangeRole_OtherUser_ChangesRoleStampAndAuditsBeforeAfter()
    {
        await admin.CreateAsync(new NewUser("role@flowstudio.local", "Role Person", Roles.Viewer, "Strong-Password-1"), adminActor, Ct);
        var user = (await users.FindByEmailAsync("role@flowstudio.local"))!;
        var stampBefore = user.SecurityStamp;

        var result = await admin.ChangeRoleAsync(user.Id, Roles.Reviewer, adminActor, Ct);

        result.Succeeded.ShouldBeTrue();
        (await users.GetRolesAsync(user)).ShouldBe([Roles.Reviewer]);
        (await users.GetSecurityStampAsync(user)).ShouldNotBe(stampBefore);
        var entry = (await AuditAsync(AuditActions.UserRolesChanged)).Single(e => e.TargetId == user.Id);
        JsonDocument.Parse(entry.BeforeJson!).RootElement.GetProperty("role").GetString().ShouldBe(Roles.Viewer);
        JsonDocument.Parse(entry.AfterJson!).RootElement.GetProperty("role").GetString().ShouldBe(Roles.Reviewer);
    }

    [Fact]
    public async Task ChangeRole_OwnAdminRole_IsRefused()
    {
        var result = await admin.ChangeRoleAsync(adminActor.Id!, Roles.Viewer, adminActor, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().ShouldContain("your own Admin role");
    }

    [Fact]
    public async Task ChangeRole_LastEnabledAdmin_IsRefusedWhenDoneByAnother()
    {
        var other = new AuditActor("someone-else", "other", null);

        var result = await admin.ChangeRoleAsync(adminActor.Id!, Roles.Viewer, other, Ct);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Single().ShouldContain("last enabled admin");
    }

    [Fact]
    public async Task Disable_Self_IsRefused()
    {
        var result = await admin.SetDisabledAsync(adminActor.Id!, true, adminActor, Ct);

        result.Succeeded.ShouldBeFalse();
        (await users.FindByIdAsync(adminActor.Id!))!.IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task DisableThenEnable_OtherUser_TogglesAndAuditsBoth()
    {
        await admin.CreateAsync(new NewUser("toggle@flowstudio.local", "Toggle", Roles.Viewer, "Strong-Password-1"), adminActor, Ct);
        var id = (await users.FindByEmailAsync("toggle@flowstudio.local"))!.Id;

        (await admin.SetDisabledAsync(id, true, adminActor, Ct)).Succeeded.ShouldBeTrue();
        (await admin.ListAsync(Ct)).Single(u => u.Id == id).IsDisabled.ShouldBeTrue();
        (await admin.SetDisabledAsync(id, false, adminActor, Ct)).Succeeded.ShouldBeTrue();

        (await admin.ListAsync(Ct)).Single(u => u.Id == id).IsDisabled.ShouldBeFalse();
        (await AuditAsync(AuditActions.UserDisabled)).ShouldContain(e => e.TargetId == id);
        (await AuditAsync(AuditActions.UserEnabled)).ShouldContain(e => e.TargetId == id);
    }

    [Fact]
    public async Task ResetPassword_Audited_WithoutThePassword()
    {
        await admin.CreateAsync(new NewUser("reset@flowstudio.local", "Reset", Roles.Viewer, "Strong-Password-1"), adminActor, Ct);
        var user = (await users.FindByEmailAsync("reset@flowstudio.local"))!;

        (await admin.ResetPasswordAsync(user.Id, "Brand-New-Password-9", adminActor, Ct)).Succeeded.ShouldBeTrue();

        (await users.CheckPasswordAsync((await users.FindByIdAsync(user.Id))!, "Brand-New-Password-9")).ShouldBeTrue();
        var entry = (await AuditAsync(AuditActions.UserPasswordReset)).Single(e => e.TargetId == user.Id);
        (entry.Summary + entry.BeforeJson + entry.AfterJson).ShouldNotContain("Brand-New-Password-9");
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(string action) =>
        (await services.Services.GetRequiredService<AuditLog>().SearchAsync(new AuditQuery(Action: action), Ct)).Items;
}
