using Microsoft.AspNetCore.Identity;

namespace FlowStudio.Infrastructure.Identity;

/// <summary>
/// Identity asks this before every sign-in (SignIn.RequireConfirmedAccount is on): a disabled person
/// gets "not allowed" even with the right password.
/// </summary>
internal sealed class EnabledUserConfirmation : IUserConfirmation<ApplicationUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.IsDisabled);
    }
}
