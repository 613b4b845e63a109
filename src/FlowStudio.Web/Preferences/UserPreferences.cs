using FlowStudio.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace FlowStudio.Web.Preferences;

/// <summary>Per-person settings kept with their account, so they follow them across browsers.</summary>
public sealed class UserPreferences(IDbContextFactory<FlowStudioDbContext> contextFactory)
{
    public async Task<bool> GetDarkModeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetDarkModeAsync(string userId, bool darkMode, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PrefersDarkMode, darkMode), cancellationToken);
    }
}
