using FlowStudio.Connectors.ZohoBooks.Catalog;
using FlowStudio.Core.Connections;
using FlowStudio.Infrastructure.Connections;
using FlowStudio.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace FlowStudio.Web.Components.Pages.Connections;

public partial class ConnectionsPage
{
    private IReadOnlyList<ConnectionDetails> connections = [];
    private Dictionary<string, IReadOnlyList<FlowReference>> usage = [];
    private readonly HashSet<string> testing = new(StringComparer.Ordinal);
    private bool loading = true;
    private bool busy;

    [Inject] private ConnectionStore Store { get; set; } = default!;
    [Inject] private ConnectionUsages Usages { get; set; } = default!;
    [Inject] private ConnectionTester Tester { get; set; } = default!;
    [Inject] private CurrentActor CurrentActor { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private ZohoConsentService ZohoConsent { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private ZohoReconnection ZohoReconnection { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>Set by the Zoho sign-in callback: the pending consent to finish here.</summary>
    [SupplyParameterFromQuery(Name = "zohoConsent")]
    public string? ZohoConsentId { get; set; }

    /// <summary>Set by the Zoho sign-in callback when its state could not be trusted.</summary>
    [SupplyParameterFromQuery(Name = "zohoConsentProblem")]
    public string? ZohoConsentProblemName { get; set; }

    /// <summary>Sandboxes offered here whose connector has no sandbox connection yet.</summary>
    private List<SandboxConnectionTemplate> OpenSandboxes =>
        [.. Store.SandboxTemplates.Where(t => Store.FindModule(t.Connector) is not null && !connections.Any(c => c.IsSandbox && c.Connector == t.Connector))];

    protected override Task OnInitializedAsync() => ReloadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && (ZohoConsentId is not null || ZohoConsentProblemName is not null))
        {
            var (id, problem) = (ZohoConsentId, ZohoConsentProblemName);
            // Drops the query without a Blazor navigation, which would dismiss the dialog opened next.
            await Js.InvokeVoidAsync("history.replaceState", null, "", "/connections");
            await FinishZohoSignInAsync(id, problem);
        }
    }

    private async Task FinishZohoSignInAsync(string? id, string? problem)
    {
        var actor = await CurrentActor.GetAsync();
        var consent = ZohoConsent.Find(id, actor.Id);
        if (consent is null || !consent.IsCompleted)
        {
            Snackbar.Add(consent?.Error ?? ZohoSignInProblem.Describe(problem), Severity.Error, o => o.RequireInteraction = true);
            return;
        }

        if (consent.Reconnect is not null)
        {
            var result = await ZohoReconnection.CompleteAsync(consent.Id, actor);
            await ReportAsync(result, $"Signed in with Zoho again: the refresh token of '{result.Connection?.Name}' was replaced. Test it to make sure it works.");
            StateHasChanged();
            return;
        }

        var parameters = new DialogParameters<NewConnectionDialog>
        {
            { d => d.Modules, Store.Modules },
            { d => d.SignedIn, ZohoSignIn.From(consent) },
            { d => d.OnSubmit, request => ZohoConsent.CreateConnectionAsync(consent.Id, request, actor) },
        };
        await ShowNewConnectionAsync(parameters);

        // Started from OnAfterRenderAsync, not an event handler: nothing re-renders the reloaded list by itself.
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        loading = true;
        usage = await Usages.AllAsync();
        connections = await Store.ListAsync();
        loading = false;
    }

    private string DisplayName(string connector) => Store.FindModule(connector)?.DisplayName ?? connector;

    private IReadOnlyList<FlowReference> UsedBy(string id) => usage.GetValueOrDefault(id) ?? [];

    private IEnumerable<ConnectionFieldDescriptor> SecretFields(ConnectionDetails connection) =>
        Store.FindModule(connection.Connector)?.ConnectionFields.Where(f => f.IsSecret)
        ?? connection.SecretKeys.Select(k => new ConnectionFieldDescriptor(k, k) { IsSecret = true });

    private string SettingsSummary(ConnectionDetails connection)
    {
        var fields = Store.FindModule(connection.Connector)?.ConnectionFields ?? [];
        var shown = fields.Where(f => !f.IsSecret && connection.Settings.ContainsKey(f.Key))
            .Select(f => $"{f.Label} {connection.Settings[f.Key]}").Take(3).ToList();
        return shown.Count == 0 ? "no settings" : string.Join(" · ", shown);
    }

    private async Task ConnectSandboxAsync(string connector)
    {
        busy = true;
        var result = await Store.CreateSandboxAsync(connector, await CurrentActor.GetAsync());
        busy = false;
        await ReportAsync(result, $"Connected the {DisplayName(connector)} sandbox. Test it, then pick it in a flow.");
    }

    private async Task CreateAsync()
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<NewConnectionDialog>
        {
            { d => d.Modules, Store.Modules },
            { d => d.OnSubmit, request => Store.CreateAsync(request, actor) },
        };
        await ShowNewConnectionAsync(parameters);
    }

    private async Task ShowNewConnectionAsync(DialogParameters<NewConnectionDialog> parameters)
    {
        var dialog = await Dialogs.ShowAsync<NewConnectionDialog>("New connection", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: ConnectionDetails created })
        {
            Snackbar.Add($"Connection '{created.Name}' created. Test it to make sure it works.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task TestAsync(ConnectionDetails connection)
    {
        testing.Add(connection.Id);
        var result = await Tester.TestAsync(connection.Id, await CurrentActor.GetAsync());
        testing.Remove(connection.Id);
        if (result.Connection?.LastTest is { } test)
        {
            Snackbar.Add($"{connection.Name}: {test.Message}", test.Succeeded ? Severity.Success : Severity.Error);
        }
        else
        {
            Snackbar.Add(result.Message, Severity.Error);
        }

        await ReloadAsync();
    }

    private async Task RotateAsync(ConnectionDetails connection)
    {
        if (Store.FindModule(connection.Connector) is not { } module)
        {
            Snackbar.Add($"The {connection.Connector} connector is not available on this server.", Severity.Error);
            return;
        }

        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<RotateSecretsDialog>
        {
            { d => d.Connection, connection },
            { d => d.Module, module },
            { d => d.OnSubmit, secrets => Store.RotateSecretsAsync(connection.Id, secrets, connection.Revision, actor) },
        };
        if (connection is { Connector: ZohoBooksOperations.Connector, IsSandbox: false } && ZohoConsent.IsAvailable)
        {
            parameters.Add(d => d.OnSignInAgain, secret => SignInWithZohoAgainAsync(connection, actor, secret));
        }

        var dialog = await Dialogs.ShowAsync<RotateSecretsDialog>($"Rotate secrets of {connection.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Secrets replaced. Test the connection to make sure the new ones work.", Severity.Success);
            await ReloadAsync();
        }
    }

    /// <summary>Leaves for Zoho's consent page for <paramref name="connection"/>; the callback brings the browser back here. Answers why it could not.</summary>
    private async Task<string?> SignInWithZohoAgainAsync(ConnectionDetails connection, Infrastructure.Auditing.AuditActor actor, string? clientSecret)
    {
        var start = await ZohoReconnection.BeginAsync(actor, connection.Id, clientSecret, new Uri(Navigation.BaseUri));
        if (start.AuthorizeUrl is { } url)
        {
            Navigation.NavigateTo(url.ToString(), forceLoad: true);
        }

        return start.Error;
    }

    private async Task EditSettingsAsync(ConnectionDetails connection)
    {
        if (Store.FindModule(connection.Connector) is not { } module)
        {
            Snackbar.Add($"The {connection.Connector} connector is not available on this server.", Severity.Error);
            return;
        }

        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<EditSettingsDialog>
        {
            { d => d.Connection, connection },
            { d => d.Module, module },
            { d => d.OnSubmit, settings => Store.UpdateSettingsAsync(connection.Id, settings, connection.Revision, actor) },
        };
        var dialog = await Dialogs.ShowAsync<EditSettingsDialog>($"Edit settings of {connection.Name}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Settings saved. Test the connection to make sure it still works.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task RenameAsync(ConnectionDetails connection)
    {
        var actor = await CurrentActor.GetAsync();
        var parameters = new DialogParameters<RenameConnectionDialog>
        {
            { d => d.CurrentName, connection.Name },
            { d => d.OnSubmit, name => Store.RenameAsync(connection.Id, name, connection.Revision, actor) },
        };
        var dialog = await Dialogs.ShowAsync<RenameConnectionDialog>($"Rename {connection.Name}", parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add("Connection renamed.", Severity.Success);
            await ReloadAsync();
        }
    }

    private async Task DeleteAsync(ConnectionDetails connection)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete connection",
            $"Delete '{connection.Name}'? Its secrets are destroyed; flows can no longer use it.",
            yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        await ReportAsync(await Store.DeleteAsync(connection.Id, connection.Revision, await CurrentActor.GetAsync()), $"Deleted '{connection.Name}'.");
    }

    private async Task ReportAsync(ConnectionCommandResult result, string success)
    {
        Snackbar.Add(result.Succeeded ? success : result.Message, result.Succeeded ? Severity.Success : Severity.Error);
        await ReloadAsync();
    }
}
