using FlowStudio.Core.Auditing;
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
    AuditLog audit,
    TimeProvider clock)
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

    private async Task CreateAsync(string email, string displayName, string role, string password, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        EnsureSucceeded(await users.CreateAsync(user, password), $"create {email}");
        EnsureSucceeded(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
        await audit.RecordAsync(AuditActor.System, new AuditRecord(
            AuditActions.UserCreated,
            $"Start-up created {email} as {role}",
            "User",
            user.Id,
            After: new { user.Email, user.DisplayName, Roles = new[] { role } }), cancellationToken);
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
