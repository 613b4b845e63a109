using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Infrastructure.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FlowStudio.Infrastructure.Tests.Identity;

public sealed class IdentitySeederTests
{
    [Fact]
    public async Task Seed_NoBootstrapPassword_GeneratesOneThatSignsIn()
    {
        await using var services = await SqliteServices.StartAsync(new Dictionary<string, string?>
        {
            ["Bootstrap:AdminPassword"] = "",
            ["Bootstrap:AdminEmail"] = "boss@example.com",
        });
        await using var db = services.CreateDbContext();
        db.Users.RemoveRange(db.Users);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        await using var scope = services.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().SeedAsync(TestContext.Current.CancellationToken);

        result.AdminCreated.ShouldBeTrue();
        result.AdminEmail.ShouldBe("boss@example.com");
        result.GeneratedPassword.ShouldNotBeNullOrWhiteSpace();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = (await users.FindByEmailAsync("boss@example.com"))!;
        (await users.CheckPasswordAsync(admin, result.GeneratedPassword)).ShouldBeTrue();
        (await users.IsInRoleAsync(admin, Roles.Admin)).ShouldBeTrue();
    }

    [Fact]
    public async Task Seed_DemoDisabled_CreatesOnlyTheAdmin()
    {
        await using var services = await SqliteServices.StartAsync(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });
        await using var db = services.CreateDbContext();

        db.Users.Select(u => u.Email).ToList().ShouldBe(["admin@flowstudio.local"]);
    }

    [Fact]
    public async Task Seed_DemoEnabled_CreatesOneUserPerRoleWithReadmeCredentials()
    {
        await using var services = await SqliteServices.StartAsync(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        await using var scope = services.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        foreach (var demo in DemoUsers.All)
        {
            var user = (await users.FindByEmailAsync(demo.Email)).ShouldNotBeNull();
            (await users.CheckPasswordAsync(user, demo.Password)).ShouldBeTrue();
            (await users.GetRolesAsync(user)).ShouldBe([demo.Role]);
        }

        DemoUsers.All.Select(u => u.Role).Append(Roles.Admin).Order().ShouldBe(Roles.All.Order());
        var readme = await File.ReadAllTextAsync(FindReadme(), TestContext.Current.CancellationToken);
        foreach (var demo in DemoUsers.All)
        {
            readme.ShouldContain(demo.Email);
            readme.ShouldContain(demo.Password);
        }
    }

    [Fact]
    public void PasswordGenerator_Generate_SatisfiesThePolicy()
    {
        var options = new IdentityOptions();
        IdentityPolicy.Apply(options);
        for (var i = 0; i < 200; i++)
        {
            var password = PasswordGenerator.Generate();
            password.Length.ShouldBe(20);
            password.ShouldContain(c => char.IsUpper(c));
            password.ShouldContain(c => char.IsLower(c));
            password.ShouldContain(c => char.IsDigit(c));
            password.Distinct().Count().ShouldBeGreaterThanOrEqualTo(options.Password.RequiredUniqueChars);
        }
    }

    private static string FindReadme()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "FlowStudio.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("README.md next to FlowStudio.sln");
    }
}
