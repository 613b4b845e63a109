using System.Security.Claims;
using FlowStudio.Web.Preferences;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace FlowStudio.Web.Components.Layout;

public partial class MainLayout
{
    private bool drawerOpen = true;
    private bool isDarkMode;
    private string? userId;

    [Inject]
    private UserPreferences Preferences { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            userId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier);
            if (userId is not null)
            {
                isDarkMode = await Preferences.GetDarkModeAsync(userId);
            }
        }
    }

    private void ToggleDrawer() => drawerOpen = !drawerOpen;

    private async Task ToggleDarkModeAsync()
    {
        // Save first, then switch: what the person sees is what the next visit will show.
        var next = !isDarkMode;
        if (userId is not null)
        {
            await Preferences.SetDarkModeAsync(userId, next);
        }

        isDarkMode = next;
    }
}
