using FlowStudio.Core.Security;
using FlowStudio.Infrastructure.Identity;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Admin.Users;

public partial class Users
{
    private IReadOnlyList<UserSummary> users = [];
    private bool loading = true;
    private string? search;

    [Inject] private IServiceScopeFactory ScopeFactory { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private bool Matches(UserSummary user) =>
        string.IsNullOrWhiteSpace(search)
        || user.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
        || user.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase);

    private static Color RoleColor(string? role) => role switch
    {
        Roles.Admin => Color.Error,
        Roles.Designer => Color.Primary,
        Roles.Reviewer => Color.Secondary,
        _ => Color.Default,
    };

    private async Task ReloadAsync()
    {
        loading = true;
        users = await WithAdministrationAsync(admin => admin.ListAsync());
        loading = false;
    }

    private async Task CreateAsync()
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<CreateUserDialog>
        {
            { d => d.OnSubmit, request => WithAdministrationAsync(admin => admin.CreateAsync(request, actor)) },
        };
        var dialog = await Dialogs.ShowAsync<CreateUserDialog>("New user", parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("User created.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ChangeRoleAsync(UserSummary user)
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<ChangeRoleDialog>
        {
            { d => d.User, user },
            { d => d.OnSubmit, role => WithAdministrationAsync(admin => admin.ChangeRoleAsync(user.Id, role, actor)) },
        };
        var dialog = await Dialogs.ShowAsync<ChangeRoleDialog>($"Change role of {user.Email}", parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Role changed.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task ResetPasswordAsync(UserSummary user)
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<ResetPasswordDialog>
        {
            { d => d.OnSubmit, password => WithAdministrationAsync(admin => admin.ResetPasswordAsync(user.Id, password, actor)) },
        };
        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>($"Reset the password of {user.Email}", parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Password reset. Give the new password to the person in person or over a secure channel.", Severity.Success);
        }
    }

    private async Task UnlockAsync(UserSummary user)
    {
        var actor = await CurrentActor.GetAsync();
        await ReportAsync(await WithAdministrationAsync(admin => admin.UnlockAsync(user.Id, actor)), $"{user.Email} unlocked.");
    }

    private async Task SetDisabledAsync(UserSummary user, bool disabled)
    {
        if (disabled)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync(
                "Disable user",
                $"{user.Email} will be signed out within a minute and cannot sign in until enabled again.",
                yesText: "Disable", cancelText: "Cancel");
            if (confirmed != true)
            {
                return;
            }
        }

        var actor = await CurrentActor.GetAsync();
        await ReportAsync(
            await WithAdministrationAsync(admin => admin.SetDisabledAsync(user.Id, disabled, actor)),
            $"{user.Email} {(disabled ? "disabled" : "enabled")}.");
    }

    private async Task ReportAsync(UserAdminResult result, string success)
    {
        if (result.Succeeded)
        {
            Snackbar.Add(success, Severity.Success);
            await ReloadAsync();
        }
        else
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }
    }

    // A circuit lives for hours; a fresh scope per command keeps Identity's DbContext short-lived and current.
    private async Task<T> WithAdministrationAsync<T>(Func<UserAdministration, Task<T>> command)
    {
        await using var scope = ScopeFactory.CreateAsyncScope();
        return await command(scope.ServiceProvider.GetRequiredService<UserAdministration>());
    }
}
