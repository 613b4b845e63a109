using FlowStudio.Core.Auditing;
using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Infrastructure.Identity;

/// <summary>
/// Admin commands on people: create, re-role, disable/enable, unlock, reset password. Each change is
/// audited with before/after. One role per person; guards keep at least one enabled admin and stop an
/// admin from locking themselves out.
/// </summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var summaries = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            summaries.Add(await SummarizeAsync(user));
        }

        return summaries;
    }

    public async Task<UserAdminResult> CreateAsync(NewUser request, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Roles.All.Contains(request.Role))
        {
            return UserAdminResult.Failure($"Role '{request.Role}' does not exist; choose one of {string.Join(", ", Roles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(request.DisplayName))
        {
            return UserAdminResult.Failure("Display name is required.");
        }

        var user = new ApplicationUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Failed(created);
        }

        var added = await users.AddToRoleAsync(user, request.Role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return Failed(added);
        }

        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.UserCreated, $"Created {user.Email} as {request.Role}", "User", user.Id,
            After: await SummarizeAsync(user)), cancellationToken);
        return UserAdminResult.Success;
    }

    public async Task<UserAdminResult> ChangeRoleAsync(string userId, string role, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!Roles.All.Contains(role))
        {
            return UserAdminResult.Failure($"Role '{role}' does not exist.");
        }

        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Failure($"No user with id '{userId}'.");
        }

        var before = await SummarizeAsync(user);
        if (before.Role == role)
        {
            return UserAdminResult.Success;
        }

        if (before.Role == Roles.Admin && userId == actor.Id)
        {
            return UserAdminResult.Failure("You cannot remove your own Admin role; ask another admin.");
        }

        if (before.Role == Roles.Admin && !before.IsDisabled && await CountEnabledAdminsAsync() <= 1)
        {
            return UserAdminResult.Failure("This is the last enabled admin; make someone else Admin first.");
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        if (!removed.Succeeded)
        {
            return Failed(removed);
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.AddToRolesAsync(user, current);
            return Failed(added);
        }

        // A new stamp ends sessions that still carry the old role claims.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.UserRolesChanged, $"Changed {user.Email} from {before.Role ?? "no role"} to {role}", "User", user.Id,
            before, await SummarizeAsync(user)), cancellationToken);
        return UserAdminResult.Success;
    }

    public async Task<UserAdminResult> SetDisabledAsync(string userId, bool disabled, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Failure($"No user with id '{userId}'.");
        }

        if (user.IsDisabled == disabled)
        {
            return UserAdminResult.Success;
        }

        var before = await SummarizeAsync(user);
        if (disabled && userId == actor.Id)
        {
            return UserAdminResult.Failure("You cannot disable your own account.");
        }

        if (disabled && before.Role == Roles.Admin && await CountEnabledAdminsAsync() <= 1)
        {
            return UserAdminResult.Failure("This is the last enabled admin; it cannot be disabled.");
        }

        user.IsDisabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Failed(updated);
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(actor, new AuditRecord(
            disabled ? AuditActions.UserDisabled : AuditActions.UserEnabled,
            $"{(disabled ? "Disabled" : "Enabled")} {user.Email}", "User", user.Id,
            before, await SummarizeAsync(user)), cancellationToken);
        return UserAdminResult.Success;
    }

    public async Task<UserAdminResult> UnlockAsync(string userId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Failure($"No user with id '{userId}'.");
        }

        var before = await SummarizeAsync(user);
        var unlocked = await users.SetLockoutEndDateAsync(user, null);
        if (!unlocked.Succeeded)
        {
            return Failed(unlocked);
        }

        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.UserUnlocked, $"Unlocked {user.Email}", "User", user.Id, before, await SummarizeAsync(user)), cancellationToken);
        return UserAdminResult.Success;
    }

    public async Task<UserAdminResult> ResetPasswordAsync(string userId, string newPassword, AuditActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserAdminResult.Failure($"No user with id '{userId}'.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return Failed(reset);
        }

        // The audit entry records that a reset happened, never the password.
        await audit.RecordAsync(actor, new AuditRecord(
            AuditActions.UserPasswordReset, $"Reset the password of {user.Email}", "User", user.Id), cancellationToken);
        return UserAdminResult.Success;
    }

    private async Task<int> CountEnabledAdminsAsync() =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count(u => !u.IsDisabled);

    private async Task<UserSummary> SummarizeAsync(ApplicationUser user)
    {
        var roles = await users.GetRolesAsync(user);
        var lockedUntil = user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end : (DateTimeOffset?)null;
        return new UserSummary(user.Id, user.Email ?? "", user.DisplayName, roles.FirstOrDefault(), user.IsDisabled, lockedUntil, user.CreatedAt);
    }

    private static UserAdminResult Failed(IdentityResult result) =>
        new(false, result.Errors.Select(e => e.Description).ToList());
}
