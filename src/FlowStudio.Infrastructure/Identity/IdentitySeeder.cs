using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FlowStudio.Infrastructure.Identity;

/// <summary>Creates the roles, the first admin (when none exists) and, in demo mode, one user per role.</summary>
public sealed class IdentitySeeder(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoOptions> demo,
    UserAdministration administration)
{
    public async Task<BootstrapResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var email = bootstrap.Value.AdminEmail;
        string? generated = null;
        var adminCreated = false;
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0)
        {
            var password = string.IsNullOrEmpty(bootstrap.Value.AdminPassword)
                ? generated = PasswordGenerator.Generate()
                : bootstrap.Value.AdminPassword;
            await CreateAsync(email, "Administrator", Roles.Admin, password, cancellationToken);
            adminCreated = true;
        }

        var demoCreated = 0;
        if (demo.Value.Enabled)
        {
            foreach (var person in DemoUsers.All)
            {
                if (await users.FindByEmailAsync(person.Email) is null)
                {
                    await CreateAsync(person.Email, person.DisplayName, person.Role, person.Password, cancellationToken);
                    demoCreated++;
                }
            }
        }

        return new BootstrapResult(email, adminCreated, generated, demoCreated);
    }

    // The same path an admin uses, so seeded people get the same checks, role handling and audit entry.
    private async Task CreateAsync(string email, string displayName, string role, string password, CancellationToken cancellationToken)
    {
        var result = await administration.CreateAsync(new NewUser(email, displayName, role, password), AuditActor.System, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join(" ", result.Errors)}");
        }
    }

    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
