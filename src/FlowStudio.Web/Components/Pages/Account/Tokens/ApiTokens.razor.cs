using System.Globalization;
using System.Security.Claims;
using FlowStudio.Infrastructure.ApiTokens;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Account.Tokens;

public partial class ApiTokens
{
    private IReadOnlyList<PersonalAccessTokenSummary> tokens = [];
    private string name = "";
    private int expiryDays = 90;
    private string? newSecret;
    private bool busy;
    private IReadOnlyList<string> errors = [];
    private string userId = "";
    private DateTimeOffset now;

    [Inject] private PersonalAccessTokens Tokens { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        userId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        await ReloadAsync();
    }

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private async Task ReloadAsync()
    {
        now = Clock.GetUtcNow();
        tokens = await Tokens.ListAsync(userId);
    }

    private async Task CreateAsync()
    {
        busy = true;
        errors = [];
        try
        {
            var expires = expiryDays == 0 ? (DateTimeOffset?)null : Clock.GetUtcNow().AddDays(expiryDays);
            var created = await Tokens.CreateAsync(userId, name, expires, await CurrentActor.GetAsync());
            newSecret = created.Secret;
            name = "";
            await ReloadAsync();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            errors = [e.Message];
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RevokeAsync(PersonalAccessTokenSummary token)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Revoke token", $"Scripts using '{token.Name}' ({token.Prefix}…) will stop working at once.",
            yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        if (await Tokens.RevokeAsync(userId, token.Id, await CurrentActor.GetAsync()))
        {
            Snackbar.Add($"Token '{token.Name}' revoked.", Severity.Success);
        }

        newSecret = null;
        await ReloadAsync();
    }

    private async Task CopyAsync()
    {
        await JS.InvokeVoidAsync("navigator.clipboard.writeText", newSecret);
        Snackbar.Add("Token copied.", Severity.Info);
    }
}
